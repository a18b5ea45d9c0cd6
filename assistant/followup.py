"""Follow-up questions: rewrite "那专科呢？" or "它在校生多少？" into a full question using the history."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from assistant.normalize import full_banners
from assistant.policy import BANNER_NAMES, BANNERS, PLAN_BANNER, shares_a_pair
from assistant.routes import outermost
from assistant.types import Turn

LEVELS = ("本科", "专科", "高职", "中职", "普通高中", "技师学院")
_PRONOUN = re.compile(
    r"^(?:那|那么|那它|它|他们|它们|这个|那个|这所|那所|该校|这学校|那学校|还有|另外|那如果|如果是|这事|这件事)|它|该校|这所|那所|那项|这项|"
    r"^(?:东边|西边|中间|东面|西面|头一|最后)(?:的|那|的那)个|"  # "中间那个主要练啥": one of those the last answer gave
    r"^[这那](?:笔|项|个)?(?:钱|资金|补贴|补助)[^，。？?]{0,4}(?:用|花|谁)"  # "这钱主要花到啥地方", "这钱是谁出的"
)
_ELLIPTIC = re.compile(
    r"呢[？?]?$|^那.{0,12}[？?]?$|^还有.{0,10}[？?]?$|^(?:2025|2021)年呢|^[^，。？?\s]{1,8}呢[？?，,\s]|"
    r"^[^，。？?]{1,6}的[给奖补发]?多少钱?[？?]?$"  # "自治区级的给多少": of what the turn before was about
)


#: A figure said with its unit, not a year ("5年", "2万元", "50名").
_FIGURE = re.compile(r"(?<![\d.])(?!20\d\d年)\d+(?:\.\d+)?\s*(?:年|万元|万|元|个|所|名|人|%)")
#: "第二个主要学啥": the second of the schools the last answer listed.
_ORDINAL = re.compile(r"第([一二两三四五六七八九十\d])(?:个|所|家)")
#: The tiers of awards and programmes ("国家级", "自治区级", "市级"), each by its first character. Narrower than
#: policy.TIERS on purpose: 全国, 全区 and 世界 name awards ("全国技术能手"), which a follow-up does not swap.
_TIER = re.compile(r"国家级?|自治区级?|市级|区级")
_TIER_OF = {"国": "national", "自": "region", "区": "region", "市": "city"}
#: A comparison with what was asked before ("跟…比呢", "哪个人多").
_COMPARED = re.compile(r"比[呢较起]|比[^，。？?]{0,2}[？?]|哪个[^，。？?]{0,3}(?:多|少|大|小|好)")
#: A school asked of without its name ("康巴什那个新学校").
_A_SCHOOL = re.compile(r"学校|职中|职高|中职|学院")
_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def last_answer(history: list[Turn]) -> str:
    """What the assistant said last ("" if nothing yet)."""
    return next((t.content for t in reversed(history) if t.role == "assistant"), "")


def _last_question(history: list[Turn]) -> str:
    """What the user asked last ("" if nothing yet)."""
    return next((t.content for t in reversed(history) if t.role == "user"), "")


def _by_position(question: str, history: list[Turn], names: list[str]) -> str:
    """Replace "第N个" by the Nth school the last answer names (as it names them), when it names that many."""
    asked = _ORDINAL.search(question)
    answer = last_answer(history)
    if not asked or not answer:
        return question
    n = int(asked[1]) if asked[1].isdigit() else _DIGITS[asked[1]]
    listed = list(dict.fromkeys(name for _, _, name in outermost(answer, set(names))))
    return question.replace(asked[0], listed[n - 1]) if 0 < n <= len(listed) else question


#: "里头那个本科的": the one school of that level the last answer listed (not "那个中职部", a department, nor
#: "那所中职学校").
_OF_LEVEL = re.compile(r"那(?:个|所)(本科|高职|专科|大专|中职)(?:的|(?=[，,。？?\s]|$))")
#: How 表2 names the level a family calls 专科 or 大专.
_LEVEL_IN_TABLE = {"专科": "高职", "大专": "高职"}


def _by_level(question: str, history: list[Turn], names: list[str]) -> str:
    """Replace "那个本科的" by the one school the last answer lists as of that level ("…应用技术学院（本科）")."""
    asked = _OF_LEVEL.search(question)
    answer = last_answer(history)
    if not asked or not answer:
        return question
    listed = dict.fromkeys(name for _, _, name in outermost(answer, set(names)))
    level = _LEVEL_IN_TABLE.get(asked[1], asked[1])
    of_level = [n for n in listed if re.search(f"{re.escape(n)}[（(]{level}[）)]", answer)]
    return question.replace(asked[0], of_level[0], 1) if len(of_level) == 1 else question


def is_follow_up(question: str, history: list[Turn], topic_words: Callable[[str], list[str]] | None = None) -> bool:
    """A short or pronoun-led question with an earlier user turn to lean on, or (given `topic_words`, the words of a
    text the plan speaks of) one naming nothing of the plan ("得在这边干够几年才给")."""
    if not any(t.role == "user" for t in history):
        return False
    q = question.strip()
    pointing = _PRONOUN.search(q) or _ELLIPTIC.search(q) or _ORDINAL.search(q) or _OF_LEVEL.search(q)
    if pointing or len(q.rstrip("？?。！!")) <= 7:
        return True
    if topic_words is not None and _other_level_only(q, history, topic_words):
        return True  # "中职目前和目标分别是多少" after a question on 高职's
    answer = last_answer(history)
    if any(f in answer for f in _FIGURE.findall(q)):
        return True  # "要在哪儿干满5年" after "就业满5年的…": a figure the last answer gave
    return topic_words is not None and not topic_words(q)


def rewrite(
    question: str,
    history: list[Turn],
    names: Iterable[str] | Mapping[str, str],
    topic_words: Callable[[str], list[str]] | None = None,
) -> str:
    """A self-contained question: swap the level, the school or a like topic in the previous question, or name what
    它 refers to.

    `names`: the schools' names and aliases; given as a mapping (alias → the school's name), a follow-up knows the
    previous question named the same school by another name ("能源学院建在哪"). `topic_words`: the plan's words in a
    text, for "那技能大师工作室呢" after a question on 院士专家工作站.
    """
    school_of = dict(names) if isinstance(names, Mapping) else {}
    previous = _last_question(history)
    context = " ".join(t.content for t in history[-4:])
    names = list(names)
    q = question.strip()
    if (named := _by_position(q, history, names)) != q:
        return named  # "第三个重点搞啥专业" → "鄂尔多斯生态环境职业学院重点搞啥专业"
    if (named := _by_level(q, history, names)) != q:
        return named  # "里头那个本科的，到2025年要收多少学生" → "里头鄂尔多斯应用技术学院，…"
    # "那它下面那个中职部呢": a school's department, not the level asked instead
    new_level = next((lv for lv in LEVELS if re.search(f"{lv}(?!部)", q)), None)
    old_level = next((lv for lv in LEVELS if re.search(f"{lv}(?!部)", previous) and lv != new_level), None)
    if new_level and old_level and (len(q) <= 12 or (topic_words and _other_level_only(q, history, topic_words))):
        return previous.replace(old_level, new_level)
    # "国家级的呢" after "自治区高水平专业（群）的指标是多少": the previous question of the other tier
    new_tier, old_tier = _TIER.search(q), _TIER.search(previous)
    if new_tier and old_tier and _TIER_OF[new_tier[0][0]] != _TIER_OF[old_tier[0][0]] and len(q) <= 8:
        return previous.replace(old_tier[0], new_tier[0], 1)
    # "中职那边呢？2021年的基数是多少": the previous question of the other level, then what it adds
    head, _, rest = q.partition("呢")
    if new_level and old_level and new_level in head and len(head) <= 8 and rest.strip("？?，, "):
        return f"{previous.replace(old_level, new_level)}；{rest.strip('？?，, ')}"
    by_length = sorted((n for n in names if n), key=len, reverse=True)
    new_school = next((n for n in by_length if n in q), None)
    old_school = next((n for n in by_length if n in previous and n not in q), None) if new_school else None
    # short once the name is left out ("内蒙古民族幼儿师范高等专科学校的呢" is as short as "幼专呢")
    if new_school and old_school and new_school not in old_school and len(q.replace(new_school, "")) <= 12:
        return previous.replace(old_school, new_school)  # "幼专那边呢" after a question on 鄂尔多斯职业学院
    # "那东胜那个呢" after a question on 康巴什: the same question of the other banner
    new_place = next((b for b in BANNER_NAMES if b in q and PLAN_BANNER.search(b)), None)  # not 伊金霍洛: no schools
    said = full_banners(previous)  # "那乌审旗的呢" after "准旗职高主要学啥专业"
    old_place = next((b for b in BANNER_NAMES if b in said and b != new_place), None) if new_place else None
    if new_place and old_place and not new_school and len(q) <= 12:
        full = next(b for b in BANNERS if b[:-1] == new_place)  # 乌审旗, not 乌审 for 准格尔旗
        return re.sub(f"{old_place}[旗区]?", lambda m: full if m[0] != old_place else new_place, said)
    swapped = _like_topic_swapped(q, previous, topic_words) if topic_words and not new_school else None
    if swapped:
        return swapped
    subject = next((n for n in by_length if n in context), None)
    if (
        new_place
        and old_place
        and not new_school
        and _A_SCHOOL.search(q)
        and not (subject and new_place in subject)
        and not _COMPARED.search(q)  # "跟鄂托克旗那所民族职中比呢": both schools
    ):
        return q  # "康巴什那个新学校学啥的" after 东胜's new school: a school of the banner it names, not the last one
    if subject:
        # not "那所民族职中": a school named after it
        q = re.sub(
            r"它们|它|该校|这所学校|那所学校|[这那]所(?![^，。？?\s]{0,6}(?:职中|职高|中学|学院|学校))|这个学校|那个学校",
            subject,
            q,
        )
        if subject not in q:
            q = f"{subject} {q}"
        # the previous question named it too, maybe by another name ("能源学院建在哪？")
        same = school_of.get(subject, subject)
        named_before = any(n in previous for n in by_length if n in subject or school_of.get(n) == same)
        return q if named_before and len(q) > 12 else f"{previous}；{q}"
    return f"{previous}；{q}"


#: "那技能大师工作室呢": only a topic, asked of as the turn before asked of its own.
_ONLY_TOPIC = re.compile(r"^(?:那|那么|还有)?([^，。？?\s]{2,12}?)(?:的)?呢[？?]?$")


def _like_topic_swapped(question: str, previous: str, topic_words: Callable[[str], list[str]]) -> str | None:
    """The previous question asked of the follow-up's topic instead of a like one it named (sharing two characters:
    院士专家工作站 → 技能大师工作室), or None."""
    only = _ONLY_TOPIC.match(question)
    if only is None:
        return None
    new = topic_words(only[1])
    if len(new) != 1 or new[0] in previous:
        return None
    like = [w for w in topic_words(previous) if shares_a_pair(w, new[0])]
    return previous.replace(like[0], new[0]) if len(like) == 1 else None


#: What a question counts when it says so itself (students, schools, money).
_COUNTS_ITSELF = re.compile(r"人|学生|娃|孩子|所|学校|钱|元")
#: Words that ask of a figure without naming what it counts ("目前和目标分别是多少").
_BARE = frozenset(("目标", "目前", "现在", "分别", "规划", "以后", "将来"))


def _other_level_only(question: str, history: list[Turn], topic_words: Callable[[str], list[str]]) -> bool:
    """The question names a level and nothing else the plan speaks of, and asks of a target without saying what it
    counts ("中职目前和目标分别是多少", not "高职现在多少学生"); the previous question named another level."""
    words = topic_words(question)
    if "目标" not in words or _COUNTS_ITSELF.search(question):
        return False
    previous = _last_question(history)
    level = [w for w in words if w in LEVELS]
    others = [lv for lv in LEVELS if lv in previous and lv not in question]
    return len(level) == 1 and all(w in LEVELS or w in _BARE for w in words) and bool(others)
