"""Support check: topic words of the asked part of a question that nothing in the plan or its records mentions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.normalize import COLLOQUIAL, ENGLISH, TYPOS
from assistant.policy import ABROAD_AS_PLANNED, ASKS, COUNTED_TITLES, VETERAN, checks_claim, shares_a_pair
from ingest.tokenize import JiebaTokenizer

#: Everyday words a family uses around a question: people, time, places in general, talk. Never a topic.
_GENERIC_WORDS = (
    "孩子 小孩 娃 娃娃 闺女 女儿 儿子 我家 家里 家长 我妈 我爸 爸妈 父母 爸爸 妈妈 亲戚",
    "同学 朋友 邻居 本人 自己 大家 别人 学生 老师 同事 领导 人家 我们 咱们 他们 她们 时候",
    "以后 之后 以前 之前 现在 目前 将来 未来 今年 明年 去年 平时 每天 天天 听说 到底 具体",
    "大概 左右 差不多 那边 这边 那里 这里 哪里 本地 当地 外地 那种 这种 那个 这个 情况",
    "问题 事情 东西 方面 地方 基数 节点 年头 年限 啥意思 是不是 怎么办 咋办 咋样 怎么样 哪几个 哪几 哪一个",
    "时间 意思 样子 办法 消息 政策 规定 文件 方案 要求 标准 内容 程度 机会 好处 区别 差别",
    "关系 条件 人数 数量 比例 原因 结果 一般 真的 是否 能否 还是 或者 而且 但是 如果 要是",
    "就是 一下 一些 有些 多少 几个 哪些 哪个 什么 怎么 怎样 如何 为什么 多久 多长",
    "这些 那些 某些 这类 那类 这样 那样",
)
GENERIC = frozenset(w for line in _GENERIC_WORDS for w in line.split())
#: Single characters that may close a known word without changing its topic (理论课, 金牌奖, 中职部, 学历证).
AFFIXES = frozenset("课奖部班生类型级期年所个名里上下内外证队室园")
_MARKS = r"，,。？?！!；;、\s"
_SEGMENT = re.compile(f"[{_MARKS}]+")
#: A segment and the marks that close it: one closed by a question mark asks, whatever its words.
_MARKED_SEGMENT = re.compile(f"([^{_MARKS}]+)([{_MARKS}]*)")
#: A verb the plan never uses names a topic when a subject word follows it (烹饪专业, 电竞班).
_SUBJECT_HEADS = frozenset(("专业", "班", "课", "课程"))
_CJK = re.compile(r"[\u3400-\u9fff]{2,}")
#: Words just before a topic that say it is done without ("不参加高考", "不用考"): a way round it is asked.
_WITHOUT = re.compile(r"(?:不|免|不用|不必)(?:参加|经过|走|考)?$")
#: An ethnic craft or art as a subject ("喜欢蒙古族那种手工艺品": 民族工艺品设计与制作), not an admission rule.
_ETHNIC_SUBJECT = re.compile(r"(?:蒙古族|少数民族)[^，。？?\s]{0,4}(?:工艺|手工|刺绣|服饰|歌舞|舞蹈|音乐|文化|艺术)")
#: Wanting to learn, just before what is wanted ("想学", "喜欢学", "要学做"; not "不爱学习").
_LEARNS = re.compile(r"(?<![不没])(?:想|要|爱|喜欢|打算)学做?$")
#: A segment telling what the child wants to learn ("想学美容美发"), which a "哪个职高能学" after it asks of.
_LEARNS_SOMETHING = re.compile(r"(?<![不没])(?:想|要|爱|喜欢|打算)学(?!习)")
#: A time already spent in school, just before 学期 ("念了一学期职高就后悔了"): when, not what is asked.
_STUDIED_FOR = re.compile(r"(?:念|读|上|学)了?[一两二三四五六半个]+$")
#: An asking segment whose topic is the scene before it ("娃想当兵，职校有这方面的专业没"): the scene is asked.
POINTS_BACK = re.compile(r"这(?:方面|一?块|一?行|门|个方向|[个种类]?专业)")
#: What families ask that a development plan never settles, by kind. A word counts only while the plan and its
#: records never use it (the vocabulary check comes first), so the list errs on the side of breadth.
OFF_PLAN_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "学校的生活安排",
        ("食堂", "伙食", "饭菜", "住校", "寝室", "卫生间", "厕所", "空调", "洗澡", "校服", "军训", "寒暑假", "寒假"),
    ),
    (
        "学校的日常安排",
        ("暑假", "放假", "作息", "课表", "校车", "门禁", "手机", "游泳", "社团活动", "学期", "请假", "晚自习", "作业"),
    ),
    (
        "学籍和学业的具体处理",
        ("补考", "挂科", "留级", "退学", "休学", "开除", "处分", "转专业", "结业", "考勤", "调剂", "摇号"),
    ),
    (
        "收费和资助",
        ("押金", "生活费", "伙食费", "住宿费", "学杂费", "书费", "资料费", "贷款", "助学", "奖学金", "减免", "退费"),
    ),
    (
        "招生录取的具体安排",
        (
            "分数线",
            "中考成绩",
            "中考分",
            "录取线",
            "录取率",
            "名额",
            "招生简章",
            "志愿",
            "面试",
            "笔试",
            "体检",
            "报名费",
            "插班",
            "复读",
            "名单",
            "清单",
            "公示",
            "强制",
            "单招",
            "统招",
            "提前批",
            "保送",
            "加分",
            "蒙古族",
            "少数民族",
            "蒙古语",
            "蒙语",
        ),
    ),
    (
        "就业和待遇的情况",
        (
            "工资",
            "薪资",
            "薪水",
            "月薪",
            "年薪",
            "底薪",
            "提成",
            "年终奖",
            "就业率",
            "升学率",
            "对口率",
            "编制",
            "公务员",
            "分配",
            "五险一金",
            "社保",
            "加班",
            "津贴",
            "课时费",
            "机场",
            "铁路局",
        ),
    ),
    ("个人报考条件", ("年龄", "身高", "体重", "视力", "近视", "色盲", "性别", "男生", "女生", "户口", "户籍")),
    ("学校的具体情况", ("校长", "班主任", "校区", "占地", "面积", "地址", "位置", "电话", "官网", "网址", "公众号")),
    ("处罚和问责的具体规定", ("处罚", "惩罚", "罚款", "问责")),
    ("具体的时间安排", ("开学", "报到", "截止", "放榜")),
    ("证照和考试", ("驾照", "驾驶证", "高考", "考研", "四六级", "当兵", "参军", "入伍", "留学", "出国")),
    ("心理和健康服务", ("心理", "抑郁", "医务室", "保险", "工伤")),
)


@dataclass(frozen=True)
class Vocabulary:
    """Everything ZhiTu can speak about: the plan's text, its records and the words normalisation maps."""

    text: str

    @classmethod
    def build(cls, texts: Iterable[str]) -> Vocabulary:
        """The texts, plus every word that normalisation maps onto a word the texts use (中专 → 中职). A mapped-to
        word the plan never uses (tuition → 学费) stays unknown: knowing the word is not covering the topic."""
        text = "\n".join(texts)
        pairs = [*COLLOQUIAL, *ENGLISH, *TYPOS]
        mapped = [w for source, target in pairs if _every_piece_in(target, text) for w in (source, target)]
        return cls("\n".join([text, *mapped]))

    def knows(self, word: str) -> bool:
        """The word occurs, or is a known word with a harmless one-character affix, or two known words joined."""
        if word in GENERIC or word in self.text:
            return True
        if len(word) >= 3 and (
            (word[-1] in AFFIXES and self.knows(word[:-1])) or (word[0] in AFFIXES and self.knows(word[1:]))
        ):
            return True
        return any(self._has(word[:i]) and self._has(word[i:]) for i in range(2, len(word) - 1) if len(word) >= 4)

    def has_every_character(self, word: str) -> bool:
        """Every character of the word occurs somewhere in the vocabulary (汽修, 空乘: likely a plan subject)."""
        return all(ch in self.text for ch in word)

    def _has(self, piece: str) -> bool:
        return piece in GENERIC or piece in self.text


def _every_piece_in(words: str, text: str) -> bool:
    return all(w in text for w in words.split())


#: Record fields that say what the plan leaves open: their words are exactly what ZhiTu cannot answer.
_OPEN_FIELDS = frozenset(("notes", "note", "in_plan"))


def record_texts(records: object) -> list[str]:
    """Every string inside the structured records (names, aliases, plain explanations…), except the notes on
    what the plan leaves open."""
    if isinstance(records, str):
        return [records]
    if isinstance(records, dict):
        records = [v for k, v in records.items() if k not in _OPEN_FIELDS]
    if isinstance(records, list):
        return [t for item in records for t in record_texts(item)]
    return []


def asked_segments(question: str) -> list[str]:
    """The pieces of the question that ask something (all pieces when none carries a question word)."""
    pieces = [p for p in _SEGMENT.split(question) if p.strip()]
    asked = [p for p in pieces if ASKS.search(p)]
    return asked or pieces


class SupportCheck:
    """Finds what a question asks about that the plan never mentions: an off-plan topic word (驾照, 押金, 校区…)
    or a subject the plan lists nowhere (烹饪专业)."""

    def __init__(self, tokenizer: JiebaTokenizer, vocabulary: Vocabulary) -> None:
        self._jieba = tokenizer.raw  # plain cut: part-of-speech tags are not needed (and jieba.posseg loads slowly)
        self._vocab = vocabulary
        self._lock = tokenizer.lock

    def unknown_topics(self, segment: str, question: str = "") -> list[str]:
        """Words of one segment (of `question`) that name an off-plan topic the vocabulary does not know, in order."""
        words = self._cut(segment)
        out: list[str] = []
        for i, word in enumerate(words):
            if not _CJK.fullmatch(word) or word in GENERIC or self._vocab.knows(word):
                continue
            if word in ("名额", "分配") and COUNTED_TITLES.search(question or segment):
                # "名师名额有多少", "“三名”工程…名额各多少": the plan gives their number (遴选名师50名), not a quota
                continue
            if word in ("当兵", "参军", "入伍") and VETERAN.search(segment):
                continue  # "当兵回来的能上高职不": a veteran asking, the plan's 退役军人
            if word == "出国" and ABROAD_AS_PLANNED.search(question or segment):
                continue
            if word in ("蒙古族", "少数民族") and _ETHNIC_SUBJECT.search(question or segment):
                continue
            if word == "学期" and _STUDIED_FOR.search("".join(words[:i])):
                continue  # "念了一学期职高就后悔了": when, not what is asked
            if _WITHOUT.search("".join(words[max(0, i - 2) : i])):
                continue  # "不参加高考直接升大专": what the asker would go without is not what is asked
            after = words[i + 1] if i + 1 < len(words) else ""
            if word == "中考" and after in ("成绩", "分数", "分"):  # "要不要中考成绩": an admission requirement
                out.append(word + after)
                continue
            heads = after in _SUBJECT_HEADS
            # what the child wants to learn, of which the plan has not even a pair of characters ("想学美容美发")
            # (not "想学开车修车这一类": 修车, a subject the plan has, says what is meant)
            learnt = (
                _LEARNS.search("".join(words[max(0, i - 2) : i]))
                and not shares_a_pair(word, self._vocab.text)
                and not (after and self._vocab.knows(after) and after not in GENERIC and _CJK.fullmatch(after))
            )
            if off_plan_category(word) or (heads and not self._vocab.has_every_character(word)) or learnt:
                out.append(word)
        return list(dict.fromkeys(out))

    def topic_words(self, segment: str) -> list[str]:
        """Words of a segment that name something the plan speaks about (not everyday or question words):
        "以后要搞到几个" has none, its topic is in the part before it."""
        return [w for w in self._cut(segment) if _CJK.fullmatch(w) and w not in GENERIC and w in self._vocab.text]

    def _cut(self, segment: str) -> list[str]:
        with self._lock:
            return list(self._jieba.cut(segment, HMM=False))

    def unsupported(self, question: str) -> list[tuple[str, list[str]]]:
        """Each segment with its unknown topic words (only segments that have some). A segment that does not ask
        counts too when the asking ones have no topic: "兼职教师课时费 一节课多少钱" names its topic before it asks."""
        segments = [(m[1], "？" in m[2] or "?" in m[2]) for m in _MARKED_SEGMENT.finditer(question)]
        # but a segment that only sets the scene ("中考完报志愿") is not what is asked when the asking segment has a
        # topic of its own ("中职和普高是一个平台报吗")
        # or checks a claim ("名师要选100个是吧？俺家娃班主任想报")
        asking = [seg for seg, marked in segments if marked or _asks_or_checks(seg)]
        scene = any(self.topic_words(seg) for seg in asking) and not any(map(POINTS_BACK.search, asking))
        # (but what the child wants to learn is what a "哪个职高能学" after it asks of: "想学美容美发 哪个职高能学")
        kept = [seg for seg, _ in segments if not (scene and seg not in asking) or _LEARNS_SOMETHING.search(seg)]
        found = [(seg, self.unknown_topics(seg, question)) for seg in kept]
        return [(seg, words) for seg, words in found if words]


def _asks_or_checks(segment: str) -> bool:
    """The segment asks, or checks a claim."""
    return bool(ASKS.search(segment)) or checks_claim(segment)


def off_plan_category(word: str) -> str | None:
    """The kind of everyday school question a word belongs to, when it names one (考驾照 → 证照和考试)."""
    for category, words in OFF_PLAN_TOPICS:
        if any(w in word for w in words):
            return category
    return None


def topic_name(words: list[str]) -> str:
    """How a refusal names what the plan is silent on: the kinds of question, then the words asked."""
    kinds = list(dict.fromkeys(off_plan_category(w) or "这方面的安排" for w in words))
    return "、".join(kinds) + "（" + "、".join(f"“{w}”" for w in words) + "）"
