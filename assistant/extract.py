"""Extractive selection: the clause sentences (or fragments) that best answer a question, greedy by coverage."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ingest.quotable import LEAD as _LEAD
from ingest.quotable import sentences, units
from ingest.types import Clause

_CJK = re.compile(r"[\u3400-\u9fff]+|[a-z]+|\d+\+[\dx]+|\d+(?:\.\d+)?")
#: Bigrams that say nothing about what is asked (question words, the city's name).
_LOW = {
    "多少",
    "什么",
    "怎么",
    "哪些",
    "哪个",
    "请问",
    "是不",
    "不是",
    "可以",
    "能不",
    "鄂尔",
    "尔多",
    "多斯",
    "一下",
    "有没",
    "没有",
}
MULTI_PART = re.compile(
    r"分别|各有|各是|各自|以及|还有|另外|同时|并且|和.{1,12}(?:呢|吗|多少)|[？?].+[？?]|，.*(?:呢|吗|多少|啥|什么)"
)
#: Candidates a route chose on purpose (a named school's rows, a progression route's clauses) carry score 1.0.
ROUTED_BONUS = 0.2
WANTS_FIGURE = re.compile(
    r"多少|多不多|多久|多长|几|比例|比|规模|金额|补|钱|奖|目标|达到|人数|学生数|在校生|万|%|率|倍|"
    # what a programme is ("五融五兴讲的啥"): the key figure first
    r"讲的?(?:啥|什么)|是(?:个)?(?:啥|什么)(?:意思|东西|工程|计划)?[？?吗呀啊]?$|干啥的|干什么的|啥意思|什么意思|怎么回事|咋回事|"
    r"(?:具体|什么|啥|哪些)要求"  # a rule's requirement is most often a figure (每年至少…不少于2个月)
)

#: "有没有给农牧民搞的培训": whether there is any, which the figure in the sentence answers best (每年培训1万人次).
_ASKS_IF_ANY = re.compile(
    # and "有啥培训没", "给农牧民搞培训不"
    r"有没有|有没|有吗|有不|管不管|有啥[^，。？?]{0,6}没(?=[？?]|$)|搞[^，。？?]{0,8}不(?=[？?]|$)"
)
IF_ANY_FIGURE = 0.5  # the bonus of such a window, in the weight of the question's words it covers


@dataclass(frozen=True)
class Claim:
    """One answer sentence: what is shown, the clause it cites and the verbatim quote that supports it."""

    text: str
    clause_id: str
    quote: str
    score: float = 0.0


_TITLE = re.compile(r"《[^》]*》")


def without_titles(text: str) -> str:
    """The text with document titles left out: a year or a place inside 《…》 states nothing about the plan."""
    return _TITLE.sub("", text)


@lru_cache(maxsize=16384)  # the plan's sentences are scored against every question: their bigrams are computed once
def grams(text: str) -> frozenset[str]:
    """Character bigrams of Chinese runs, plus Latin words and numbers."""
    out: set[str] = set()
    for tok in _CJK.findall(text.lower()):
        if tok[0] >= "\u3400":
            out.update(tok[i : i + 2] for i in range(len(tok) - 1))
            if len(tok) == 1:
                out.add(tok)
        else:
            out.add(tok)
    return frozenset(out - _LOW)


#: Weight of the semantic score (the quote's embedding against the question's, scaled within the pool to 0–1).
SEMANTIC_WEIGHT = 0.3
#: The best unit's cosine similarity at which the semantic bonus starts, and where it is whole (multilingual-e5-small:
#: questions about the plan reach 0.88-0.93, questions about anything else about 0.85).
SEMANTIC_FLOOR, SEMANTIC_FULL = 0.80, 0.90
#: Whom a sentence grants something ("被评为名校长的…提高1.2倍"): a sentence granting another title ranks lower.
_GRANTED = re.compile(r"(?:被评为|获评)([^的，。；]{2,12}?)的")
OTHER_TITLE_PENALTY = 0.3
#: "都建哪了", "分别建在哪些旗": the question asks where each of them is.
_EVERY_PLACE = re.compile(r"(?:都|分别|各)[^，。？?]{0,3}(?:哪(?:儿|里|了|些旗|些地方|[？?，,]|$)|什么地方)")
EVERY_PLACE_BONUS = 0.3
REPEAT_SHARE = 0.8  # two sentences sharing this much of the shorter one's words say the same thing

UnitVectors = dict[tuple[str, str], np.ndarray]
Pool = tuple[float, Clause, str, frozenset[str]]


class Extractor:
    """Scores clause sentences against a question: IDF-weighted bigram coverage, plus embedding similarity when the
    index holds a vector for each quotable unit."""

    def __init__(self, clauses: list[Clause], vectors: UnitVectors | None = None) -> None:
        self._vectors = vectors or {}
        df: Counter[str] = Counter()
        n = 0
        for c in clauses:
            for s in units(c):
                df.update(grams(s))
                n += 1
        self._idf = {g: math.log(1 + n / (1 + d)) for g, d in df.items()}
        self._titles = frozenset(t for c in clauses for t in _GRANTED.findall(c.text))
        self._default = math.log(1 + n)

    def weight(self, gram: str) -> float:
        return self._idf.get(gram, self._default)

    def select(
        self,
        question: str,
        ranked: list[tuple[Clause, float]],
        max_claims: int,
        max_chars: int,
        trim: bool,
        focus: str = "",
        qvec: np.ndarray | None = None,
        wants: re.Pattern[str] | None = None,
        only_wanted: bool = False,
        skip: Callable[[str], bool] | None = None,
    ) -> list[Claim]:
        """Greedy: take the best-covering sentence, then others that cover what is still unanswered.

        `focus` (the words of a follow-up such as "市里认定的呢") counts double against the rewritten question.
        `wants` states the kind of answer asked for (a time, a place…): sentences that state one rank higher
        (with `only_wanted`, only those are taken). `skip` rules sentences out (one about another school).
        """
        q = {g for g in grams(question) if g in self._idf}  # words the plan never uses cannot be matched
        stressed = grams(focus) & q

        def weight(g: str) -> float:
            return self.weight(g) * (2.0 if g in stressed else 1.0)

        total = sum(weight(g) for g in q) or 1.0
        wants_figure = bool(WANTS_FIGURE.search(question))
        counted = _counted(question)
        multi = bool(MULTI_PART.search(question))
        min_gain = 0.03 if multi else 0.12
        titles = self._asked_titles(question)
        every_place = bool(_EVERY_PLACE.search(question))
        pool: list[Pool] = []
        for rank, (clause, routed) in enumerate(ranked):
            if is_heading(clause):
                continue
            prior = 0.25 / (1 + rank) + (ROUTED_BONUS if routed >= 1.0 else 0.0)
            head = _head_grams(clause)  # once a clause, not once a sentence
            for sent in units(clause):
                if only_wanted and not (wants and wants.search(without_titles(sent))):
                    continue
                if skip and skip(sent):
                    continue
                g = grams(sent) | head
                cover = sum(weight(x) for x in q & g) / total
                bonus = 0.15 if wants_figure and re.search(r"\d", sent) else 0.0
                bonus += 0.15 if counted and counted.search(sent) else 0.0
                plain = without_titles(sent)
                bonus += 0.15 if wants and wants.search(plain) else 0.0
                # "都建哪了": a sentence that places several (在东部准格尔旗…在中部康巴什区…) over one that places one
                bonus += EVERY_PLACE_BONUS if every_place and wants and len(_placed(wants, plain)) >= 3 else 0.0
                granted = set(_GRANTED.findall(sent))
                # what another title is granted is beside the point, unless the sentence counts what is asked
                # ("名校要评几所": 遴选…名校3所，被评为名师的…)
                other = titles and granted and not titles & granted and not (counted and counted.search(sent))
                bonus -= OTHER_TITLE_PENALTY if other else 0.0
                pool.append((cover + prior + bonus, clause, sent, g))
        pool = self._with_semantics(pool, qvec)
        pool.sort(key=lambda t: -t[0])
        claims: list[Claim] = []
        covered: set[str] = set()
        used: set[tuple[str, str]] = set()
        length = 0
        for _ in range(max_claims):
            best = None
            for score, clause, sent, g in pool:
                if (clause.id, sent) in used:
                    continue
                gain = sum(weight(x) for x in (q & g) - covered) / total
                if claims and gain < min_gain:
                    continue
                value = gain + (score - gain) * (0.5 if claims else 1.0)
                if best is None or value > best[0]:
                    best = (value, gain, score, clause, sent, g)
            if best is None:
                break
            value, gain, score, clause, sent, g = best
            if claims and (gain < min_gain or value < 0.25):
                break
            if claims and not multi and score < 0.6 * claims[0].score:
                break  # a one-part question: a weaker second sentence is more likely noise than help
            used.add((clause.id, sent))
            covered |= q & g
            cut = trim and clause.kind != "table_row"  # a table row is read whole (a name alone answers nothing)
            fragment = self.trim(sent, question, wants=wants) if cut else sent
            text = display(fragment, clause)
            if trim and fragment == clause.text:
                text = plain_row(clause) or text  # families get a table row in words; teachers its wording
            if fragment != sent and len(text) < 40:
                text = with_subject(text, clause)
            if claims and length + len(text) > max_chars * (2 if multi else 1):
                break  # a question in several parts may take a longer answer
            length += len(text)
            claims.append(Claim(text, clause.id, fragment.strip(), score))
        if len(titles) > 1:  # each title asked about, right after the best sentence
            claims[1:1] = self._granting(titles, claims, pool, trim, question, wants)
        if claims and wants_figure and not re.search(r"\d", claims[0].text):
            figure = self._figure_nearby(claims[0], ranked, question, weight)
            if figure is not None:
                claims.insert(1, figure)
        return claims

    def _asked_titles(self, question: str) -> set[str]:
        """The granted titles a question names, longest first ("名校长" names 名校长, not 名校; "名校长待遇…名校奖多少"
        names both)."""
        asked: set[str] = set()
        for title in sorted((t for t in self._titles if t in question), key=len, reverse=True):
            if title in question:
                asked.add(title)
                question = question.replace(title, "、")
        return asked

    def _granting(
        self,
        titles: set[str],
        claims: list[Claim],
        pool: list[Pool],
        trim: bool,
        question: str,
        wants: re.Pattern[str] | None,
    ) -> list[Claim]:
        """ "名师、名校长、名校分别有啥待遇": the best sentence granting each title asked that no claim grants yet."""
        granted = {t for c in claims for t in _GRANTED.findall(c.quote)}
        out: list[Claim] = []
        for title in sorted(titles - granted):
            best = next(((sc, c, s) for sc, c, s, _ in pool if title in _GRANTED.findall(s)), None)
            if best is not None and all(best[2] != c.quote for c in claims + out):
                score, clause, sent = best
                fragment = self.trim(sent, question, wants=wants) if trim and clause.kind != "table_row" else sent
                out.append(Claim(display(fragment, clause), clause.id, fragment.strip(), score))
        return out

    def _with_semantics(self, pool: list[Pool], qvec: np.ndarray | None) -> list[Pool]:
        """Add each unit's embedding similarity to the question, min-max scaled within the pool and weighted by how
        close the best one comes."""
        if qvec is None or not self._vectors or not pool:
            return pool
        sims = [float(self._vectors[(c.id, s)] @ qvec) if (c.id, s) in self._vectors else None for _, c, s, _ in pool]
        known = [x for x in sims if x is not None]
        if not known:
            return pool
        lo, hi = min(known), max(known)
        span = (hi - lo) or 1.0
        # as much weight as the pool's best unit resembles the question: "附近哪家火锅店好吃" gains little
        weight = SEMANTIC_WEIGHT * min(1.0, max(0.0, (hi - SEMANTIC_FLOOR) / (SEMANTIC_FULL - SEMANTIC_FLOOR)))
        return [
            (score + (weight * (sim - lo) / span if sim is not None else 0.0), c, s, g)
            for (score, c, s, g), sim in zip(pool, sims, strict=True)
        ]

    def _figure_nearby(
        self, claim: Claim, ranked: list[tuple[Clause, float]], question: str, weight: Callable[[str], float]
    ) -> Claim | None:
        """The question asks for a figure and the best sentence has none: the clause's own sentence that has one."""
        clause = next((c for c, _ in ranked if c.id == claim.clause_id), None)
        if clause is None:
            return None
        q = grams(question)
        best: tuple[float, str] | None = None
        for unit in units(clause):
            if unit in claim.quote or not _has_figure(unit):
                continue
            score = sum(weight(x) for x in q & grams(unit))
            if best is None or score > best[0]:
                best = (score, unit)
        if best is None:
            return None
        return Claim(display(best[1], clause), clause.id, best[1].strip(), claim.score)

    def trim(self, sent: str, question: str, limit: int = 120, wants: re.Pattern[str] | None = None) -> str:
        """The window of comma-separated pieces of a long sentence that covers the question best
        (and keeps a figure when the question asks for one, and what `wants` matches when the sentence has it)."""
        q = grams(question)
        if len(sent) <= limit:
            return sent
        # a clause's numbered title ("17.开展“五融五兴”工程。") is shown with any window (`with_subject`): what the
        # question asks beyond the title picks the window ("农村牧区…培训啥 听说有个五融五兴": 每年培训1万人次)
        title = _NUMBERED_TITLE.match(sent)
        if title and (q - grams(title[0])) & grams(sent[title.end() :]):
            q -= grams(title[0])
        has_figure = _has_figure(sent)
        wants_figure = bool(WANTS_FIGURE.search(question)) and has_figure
        # whether there is any: a window with the figure is better, when it covers the question as well
        if_any = has_figure and not wants_figure and bool(_ASKS_IF_ANY.search(question))
        wanted = bool(wants and wants.search(sent))
        parts = re.findall(r"[^，]+，?", sent)
        best, best_score, end = sent[:limit], -1.0, 0
        for i in range(len(parts)):
            for j in range(i + 1, min(len(parts), i + 5) + 1):
                frag = "".join(parts[i:j])
                if len(frag) > limit and j > i + 1:
                    break
                score = sum(self.weight(x) for x in q & grams(frag)) - 0.002 * len(frag)
                if wants_figure or if_any:
                    figured = _has_figure(frag)
                    if wants_figure and not figured:
                        score -= 100.0  # a window without the figure never beats one with it
                    if if_any and figured:
                        score += IF_ANY_FIGURE
                if wants and wanted:  # keep what is asked for, all of it ("分别建在哪")
                    found = len(set(wants.findall(frag)))
                    score += 5.0 * found if found else -100.0
                if score > best_score:
                    best, best_score, end = frag, score, j
        # a short figure right after the window is its scale ("…创业培训，每年培训1万人次")
        after = parts[end] if best_score > -1.0 and end < len(parts) else ""
        if after and len(after) <= _SCALE_PIECE and _has_figure(after) and len(best + after) <= limit:
            best += after
        return best


_SCALE_PIECE = 14  # the longest comma piece read as a window's scale
_NUMBERED_TITLE = re.compile(r"\d+[.．][^，。；]{2,24}。")


def _placed(wants: re.Pattern[str], text: str) -> set[str]:
    """What `wants` matches in the text just after a 在 ("在东部准格尔旗建设…": 东部, 准格尔旗)."""
    return {m[0] for m in wants.finditer(text) if "在" in text[max(0, m.start() - 3) : m.start()]}


def _has_figure(text: str) -> bool:
    """The text states a figure (a digit after any leading item number)."""
    return bool(re.search(r"\d", _LEAD.sub("", text)))


def is_heading(clause: Clause) -> bool:
    """A clause that is only a heading (一、总体要求, 专栏1 雏鹰计划, a table caption): nothing to quote."""
    if clause.kind in ("table", "title"):
        return True
    return clause.kind in ("section", "box") and len(sentences(clause.text)) <= 1


def with_subject(text: str, clause: Clause) -> str:
    """A short fragment cut from a long sentence, prefixed with what its clause is about ("开展“五融五兴”工程：…")."""
    title = clause.label.split(" ", 1)[-1]
    if re.search(r"\d", title) or title in text:
        return text
    return f"{title}：{text}"


def plain_row(clause: Clause) -> str | None:
    """A 表2 row (a school's planned size) in plain words for families, from its cells; None for other clauses."""
    cells = clause.cells or {}
    name = cells.get("院校名称")
    if clause.kind != "table_row" or not name or "2025年学生数" not in cells:
        return None
    before, after, growth = cells.get("2021年学生数", ""), cells["2025年学生数"], cells.get("增长人数", "")
    size = f"2021年在校生{before}人" if before else "2021年还没有学生（新建）"
    size += f"，2025年规划{after}人"
    if growth == "持平":
        size += "（人数持平）"
    elif growth.lstrip("-").isdigit() and int(growth) != 0:
        size += f"（{'增加' if int(growth) > 0 else '减少'}{growth.lstrip('-')}人）"
    direction = cells.get("专业设置方向", "").rstrip("。")
    level = f"（{cells['层次']}）" if cells.get("层次") and cells["层次"] not in name else ""
    return f"{name}{level}：{size}" + (f"；专业方向：{direction}" if direction else "") + "。"


def repeats(text: str, said: str) -> bool:
    """A sentence that mostly says again what one already said says, or says it again with more around it (the plan
    repeats itself across a section and its box: "在东部准格尔旗建设煤炭、煤化工…公共实训基地")."""
    words, taken = grams(text), grams(said)
    return bool(words and taken) and len(words & taken) >= REPEAT_SHARE * min(len(words), len(taken))


def row_claim(clause: Clause, plain: bool) -> Claim:
    """A whole table row as a claim: in words for families (`plain`), in the plan's wording for teachers."""
    return Claim((plain and plain_row(clause)) or display(clause.text, clause), clause.id, clause.text, 1.0)


def continuation(clause: Clause, quote: str, measures: bool = False) -> str | None:
    """The sentence after the quoted one, when it goes on about the same thing: it opens with 除…外 ("除企业支付工资外，
    政府给予一定生活补贴") or with words the quoted sentence used ("重点建设专业分为急需专业和紧缺专业两类"); or any
    next sentence of the clause when the question asks for its `measures` ("职普融通方面有哪些具体举措")."""
    said = units(clause)
    at = next((i for i, unit in enumerate(said) if quote in unit), None)
    if at is None or at + 1 >= len(said):
        return None
    after = said[at + 1]
    opening = re.match(r"[\u4e00-\u9fff]{5}", after)
    if measures or re.match(r"除[^，。]{1,12}外", after) or (opening and opening.group(0) in said[at]):
        return after
    return None


def unit_claim(clause: Clause, unit: str) -> Claim:
    """One sentence (or fragment) of a clause as a claim of its own, quoted as it stands."""
    return Claim(display(unit, clause), clause.id, unit, 1.0)


_BOX_NUMBERING = re.compile(r"^专栏\d+\s*|（\d+）$")


#: A box item's short heading: its first sentence, when it is a title ("（1）完善劳动教育基地区域布局。").
ITEM_HEADING = re.compile(r"（\d+）([^，。；]{2,16})。")


def _head_grams(clause: Clause) -> frozenset[str]:
    """Words a sentence counts as saying through where it stands: a table row's header, and the programme a
    box item belongs to ("不少于2个月的长期实训交流活动" is a rule of 鸿雁计划)."""
    if clause.kind == "table_row":
        return grams(clause.label)
    if clause.kind == "box_item":
        # and the item's own short heading ("（1）完善劳动教育基地区域布局。…每两周至少开展1次活动")
        heading = ITEM_HEADING.match(clause.text)
        return grams(_BOX_NUMBERING.sub("", clause.label) + (heading[1] if heading else ""))
    return frozenset()


def display(fragment: str, clause: Clause) -> str:
    """The fragment as shown in the answer: no list numbering, ends with 。."""
    text = _LEAD.sub("", fragment.strip())
    text = re.sub(r"[。！？](?=.)", "；", text.rstrip("，；：、"))  # one answer sentence, one set of markers
    if not text.endswith(("。", "！", "？")):
        text += "。"
    return text


#: "培育几家", "建几门": the counter a "how many" question counts in.
_ASKS_COUNT = re.compile(r"(?:几|多少)(家|所|门|个|项|名|条|类|批|座)")


#: "最多占多少", "比例是多少": a question asking a share, answered by a percentage or a ratio.
_ASKS_SHARE = re.compile(r"占(?:总\w{0,4})?(?:多少|几|百分之|比)|比例|比重|百分之几|几成|百分比")
_SHARE = re.compile(r"\d+(?:\.\d+)?%|\d+\s*[：:]\s*\d+")


#: People a question may count in 个 ("多少个名师", "几个老师").
_PERSON = re.compile(r"(?:几|多少)个[^，。？?\s]{0,2}(?:名师|名校长|教师|老师|人才|大师|工匠|专家|校长)")


def _counted(question: str) -> re.Pattern[str] | None:
    """A figure in the counter the question asks in ("培育几家" → "30家", "占多少" → "20%"), when it asks for one."""
    if _ASKS_SHARE.search(question):
        return _SHARE
    units = sorted({m.group(1) for m in _ASKS_COUNT.finditer(question)})
    if "个" in units and _PERSON.search(question):
        units.append("名")  # "评多少个名师": people are counted in 名 ("遴选名师50名")
    return re.compile(rf"\d+(?:{'|'.join(units)})") if units else None
