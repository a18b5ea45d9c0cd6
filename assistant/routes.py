"""Routes from the structured records: the schools, progression routes and 表1 rows a question is about, ranked
before what retrieval finds, and the banners the plan names no school in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from assistant import policy
from assistant.extract import Claim, row_claim, unit_claim, units
from assistant.knowledge import Knowledge
from assistant.normalize import normalise, unique_words
from assistant.tools import explain_term, find_schools, pathways
from assistant.types import Clause
from ingest.tokenize import bigrams

#: A question about the whole city, whose figures 表1 gives even when a school is named beside it.
CITY_WIDE = re.compile(r"全市|市里|鄂尔多斯市|全鄂尔多斯|整个鄂尔多斯|全部|总共|一共|city", re.I)
ASKS_SCHOOL = re.compile(r"学校|中职|职高|职中|职校|职业中学|中专|技校|读书|上学|念书|school", re.I)
_ASKS_VOCATIONAL = re.compile(r"职高|职中|中职|中专|技校|职业中学|职校|职业学校")
ASKS_NOW = re.compile(r"现在|目前|现有|眼下|如今|2021|\bnow\b|currently|today", re.I)
_ASKS_TARGET = re.compile(
    r"以后|往后|今后|将来|未来|到2025|2025|十四五|目标|要到|要达到|要搞到|要(?:新)?建|by 2025|target|"
    r"(?<![鹰雁])(?:计划|打算|规划)(?:搞|达|做|发展|增加|提高|提升|建)?到",
    re.I,
)
#: A count of one level's institutions asked ("有几所本科", "高职院校有多少所"), the count being what is asked
#: ("几所高职院校附设的中职部…" asks what becomes of them).
_COUNTS_LEVEL = re.compile(
    r"(?:(?:几|多少)所(?:本科|高职|大专)(?:院校|学校|大学)?|(?:本科|高职|大专)(?:院校|学校|大学)?(?:有|一共有)?(?:几|多少)所)"
    r"(?=[？?，,。！!\s吗呢啊呀]|$)"
)
#: The new college called by its level ("新建的那所高职", "新盖的大专"), not a count ("新建几所高职") or the
#: indicator (新建高职院校).
_THE_NEW_COLLEGE = re.compile(rf"(?:{policy.BUILDS_NEW})(?=[的那这])的?[那这]?一?[所个]?(?:高职|大专)")
#: A count of institutions a question states ("要新建2所高职是吧").
_STATED_INSTITUTIONS = re.compile(r"\d+\s*所")
_ASKS_PROGRESSION = re.compile(r"读|念|升|上|考|转|继续|以后|毕业|接着|连着|衔接|贯通")
#: Who attends a level ("上大学的（大专加本科）学生", "上职高的"): the students there, no step between levels.
_LEVEL_WORD = "(?:大学|大专|专科|本科|高职|中职|中专|职高|职校)"
_ATTENDING = re.compile(rf"[上念读]{_LEVEL_WORD}(?:[和跟与加、]{_LEVEL_WORD})?的(?!话)")
#: The most or fewest students ("人数最多的中职", "规模最小的高职"), or the most added ("增长最多").
_EXTREME = re.compile(
    r"(?P<growth>增长|增加|扩招|涨)[^，。？?]{0,4}(?:最多|最快|最少)|"
    r"(?:人数|学生|在校生|规模|人)[^，。？?]{0,4}(?:最多|最少|最大|最小)|(?:最多|最少|最大|最小)的[^，。？?]{0,4}(?:学校|院校|中职|高职)"
)
#: No students added ("学生数不打算增加", "人数持平", "不扩招").
_UNCHANGED = re.compile(r"不(?:打算|准备|会)?(?:增加|增长|扩招|扩大|变)|持平|没有?(?:增加|增长|变化)|不扩")
_PRIVATE = re.compile(r"民办|私立|私办|私人办")
#: Every college asked for, nothing else said of them ("能念大专的学校有哪几所"; not "哪些高职院校要建双高"). Not
#: 中职: its ten schools are more than an answer lists.
_LISTS_LEVEL = re.compile(
    r"(?:念|读|上)(?:大专|高职|专科)的(?:学校|院校)[^，。？?]{0,3}有(?:哪[几些]所?|几所)|"
    r"(?:大专|高职|专科)(?:学校|院校)?(?:都|一共|总共)?有(?:哪[几些]所?|几所)|"
    r"(?:有|一共|总共)(?:哪[几些]|几|多少)所(?:大专|高职|专科)"  # "鄂尔多斯有哪几所高职"
)
#: "有几所本科", "本科院校多少所": a count of institutions (表1), not a route to that level.
COUNTS_INSTITUTIONS = re.compile(
    r"(?:几|多少|[一两二三四五])\s*所|所(?:数|学校)|(?:几|多少)个?(?:本科|高职|职业)?的?(?:学校|院校|大学)|"
    r"(?:就|只有|才)\s*(?:\d|[一两二三四五])\s*[个所家](?:本科|高职|职业)?的?(?:学校|院校|大学)|"
    r"(?:学校|院校|大学)[^，。？?]{0,4}(?:就|只有|才|有)\s*(?:\d|[一两二三四五几])\s*[个所家]"  # "本科的学校现在就一个"
)
#: Where 中职 leads: "怎么往上升", or a part that asks what comes after without naming 中职 as the goal itself.
_ASKS_ONWARDS = re.compile(r"往上|升学|继续读|接着读|再读|^(?!.*中职).*(?:以后|毕业|读完|之后).{0,4}(?:上|考|读)")
#: A part asking which majors come at a higher level ("以后上高职本科对应啥专业", "上大专的话有没有电商专业").
HIGHER_MAJORS = re.compile(
    r"(?:高职|大专|专科|本科|大学|往上|往后|以后(?:还|能|可以)*(?:[学念读]|有(?:啥|什么|哪些))|接着念|接着读|再念|再读)"
    r"[^，。？?]{0,10}(?:专业|产业链)|专业[^，。？?]{0,4}(?:高职|大专|本科)"
)
#: "往上念的话又有啥" after a question naming 专业: the same ask.
_ONWARD_WHAT = re.compile(
    r"(?:往上|往后|接着|高职|大专|本科|大学)[^，。？?校院]{0,6}(?:有啥|有什么|[学读念]啥|[学读念]什么|对[口应接](?:的是)?(?:啥|什么)|有哪些(?![^，。？?]{0,2}(?:学校|院校)))|"
    # "以后上大学还能接着学护理不": the subject, onward (not "接着念大专吗", a level: the route)
    r"(?:接着|继续)[学读念](?:(?!大专|高职|专科|本科|大学|中职|中专|职高|职中|高中|书)[^，。？?]){1,8}(?:不|吗|么|没)\s*$"
)
#: The plan's lists of college majors: 专栏7's chains (重点建设…等专业) and 专栏3's groups (专业（群）：…).
_MAJOR_LIST = re.compile(r"重点建设([^。]*?)等专业|专业（群）：([^。；]*)")
#: The plan's list of 中职 majors: 专栏2's (建设新能源汽车运用与维修、…等20个示范专业).
_SECONDARY_LIST = re.compile(r"建设([^。]*?)等\d+个示范专业")
#: Asked what follows on from a subject ("往上念有啥对口专业"), and a count asked ("各开几个专业").
_FOLLOWS_ON = re.compile(r"对口|对应|对接|往上|往后|接着|继续|再念|再读|上了|沾边|相关")
_COUNTED = re.compile(r"几|多少")
#: Whether there is such a major, asked with no level ("有这专业吗").
_BARE_MAJOR_ASK = re.compile(r"(?:^|[\s，,。？?])有(?:这|这个|这种|这类|没有)?个?专业(?:吗|没|不|么)")
#: A college level named.
_COLLEGE_LEVEL = re.compile(r"大专|高职|专科|本科|大学")
#: Which majors are asked ("高职化工这块重点建啥专业"), not whether one school has them.
_WHAT_MAJORS = re.compile(r"(?:啥|什么|哪些|哪几个)[^，。？?校院]{0,6}专业")  # "有啥体育方向的专业"
#: Who wants to learn something, and the wanting ("闺女想学", "俺娃喜欢"): no subject of their own.
_WANTS = re.compile(r"想学|想当|想干|喜欢|爱|感兴趣")
_WHO_WANTS = re.compile(r"俺家|我家|俺们?|我们?|闺女|儿子|女儿|娃|孩子|想学|想当|想干|喜欢|爱|对|感兴趣|以后|将来|的")
#: Words of schools' names that name no major ("内蒙古民族幼儿师范": not 民族工艺品设计与制作).
_NAME_GRAMS = frozenset({"民族", "职业", "学校", "学院"})
#: Words of schools' names that name no one school.
_GENERIC_NAME = re.compile(r"学院|学校|职业|中学|高中|鄂尔多斯|内蒙古")
#: The pieces of a question, between its marks.
_PIECES = re.compile(r"[，,。？?；;！!：:]+")
#: The industry chain a list of majors serves (专栏7: "对接航空产业链：重点建设…").
_CHAIN = re.compile(r"^\S{0,4}对接(\S+?)产业链：")
#: Words of majors' names that say nothing of their subject.
_GENERIC_GRAMS = frozenset(
    {"专业", "技术", "工程", "管理", "服务", "应用", "建设", "智能", "现代", "与维", "维修", "科学", "教育"}
)
#: "都学啥", "主打什么", "专业方向": what a school teaches.
_ASKS_SUBJECTS = re.compile(
    r"[学教](?:啥|什么|些啥|哪些)|哪些?方面|专业|方向|特色|主打|干啥的|搞什么|办啥|办什么|主攻|侧重|"
    r"(?:光|只|就|是|专门)学[\u4e00-\u9fff]{1,6}的"  # "是不是光学环保的": what it teaches, checked
)


class Routes:
    """The record-backed routes of one knowledge base; `school_kind` tells a "which school" question."""

    def __init__(self, kb: Knowledge, school_kind: policy.AnswerKind) -> None:
        self.knowledge = kb
        self._schools: list[dict[str, Any]] = kb.records.get("schools", [])
        self._school_kind = school_kind
        # the rows rows_about_others chooses from, gathered once
        self._school_rows = frozenset(
            c for s in self._schools for c in s.get("clauses", []) if c.startswith(("table2.", "table3."))
        )
        self._city_rows = frozenset(c for c in kb.clauses if c.startswith("table1."))
        # the plan's lists of college majors, each major with its bigrams
        self._major_lists = [
            (clause, {item: frozenset(bigrams(item)) for item in items}, _chain_grams(clause.text))
            for clause in kb.clauses.values()
            if clause.kind != "table_row"
            and (items := [i for m in _MAJOR_LIST.finditer(clause.text) for i in re.split(r"[、，]", m[1] or m[2])])
        ]
        self._secondary_lists = [
            (clause, {item: frozenset(bigrams(item)) for item in items})
            for clause in kb.clauses.values()
            if clause.kind != "table_row"
            and (items := [i for m in _SECONDARY_LIST.finditer(clause.text) for i in m[1].split("、")])
        ]
        self._by_name = {n: s for s in self._schools for n in names_of(s)}
        self._mentioned: dict[str, list[tuple[int, int, dict[str, Any]]]] = {}  # one answer asks many times

    def expand(self, query: str) -> str:
        """Add canonical names for aliases (schools, glossary terms) and a banner's schools."""
        extra: list[str] = []
        for _, _, school in self._mentions(query):
            if school.get("name") and school["name"] not in query:
                extra.append(school["name"])
        for banner in policy.BANNERS:
            if banner in query and ASKS_SCHOOL.search(query):
                extra += [s.get("name", "") for s in find_schools(self.knowledge, banner=banner)]
        term = explain_term(self.knowledge, query)
        if term and term.get("term") and term["term"] not in query:
            extra.append(str(term["term"]))
        return unique_words(" ".join([query, *extra]))

    def asks_school(self, question: str) -> bool:
        """The question asks which school ("哪个学校有护理专业")."""
        return bool(self._school_kind.asks.search(question))

    def schools_named(self, query: str) -> list[dict[str, Any]]:
        """The schools a query names (by name or alias), in the order it names them."""
        found = self._mentions(query)
        new = policy.NEW_SCHOOL.search(query) is not None
        level = _asked_level(query) if new else None
        named = [school for _, _, school in found]
        for school in self._schools:
            if new and school not in named and (place := _new_in(school, query, level)):
                found.append((query.index(place), -1, school))  # "东胜新盖的职中": the new school in 东胜区
        the_new = _THE_NEW_COLLEGE.search(query) if new else None
        # (not when a college is named: "新建的那所高职就是生态环境职业学院吧" checks that one)
        if the_new and not any("高职" in str(s.get("kind", "")) for s in named):
            # "新建的那所高职就是技师学院吧": the one new college, which no banner places
            colleges = [s for s in self._schools if s.get("status") == "new" and not s.get("banner")]
            found += [(the_new.start(), -1, s) for s in colleges if "高职" in str(s.get("kind", ""))][:1]
        return [school for _, _, school in sorted(found, key=lambda f: f[0])]

    def _mentions(self, query: str) -> list[tuple[int, int, dict[str, Any]]]:
        """The schools a query names, each with where it first names it; a name inside a longer one is no name of
        its own (职院 in 生态环境职院)."""
        cached = self._mentioned.get(query)  # .get: another thread may clear the cache meanwhile
        if cached is not None:
            return list(cached)
        found: dict[str, tuple[int, int, dict[str, Any]]] = {}
        for start, end, name in outermost(query, self._by_name):
            school = self._by_name[name]
            found.setdefault(str(school.get("name")), (start, end, school))
        if len(self._mentioned) > 4096:
            self._mentioned.clear()
        self._mentioned[query] = list(found.values())
        return list(found.values())

    def unnamed_school(self, query: str) -> str | None:
        """A middle school called by its number ("达旗一中", "东胜2中") that no school of the plan's is called."""
        numbered = list(_NUMBERED_SCHOOL.finditer(query))
        if not numbered:  # nearly every question: no scan of the names
            return None
        spans = [(start, end) for start, end, _ in outermost(query, self._by_name)]
        for m in numbered:
            if not any(start <= m.start() < end for start, end in spans) and not self._banner_and_number(query, m):
                return m.group(0)
        return None

    def _banner_and_number(self, query: str, number: re.Match[str]) -> bool:
        """ "达旗那个第十中学": a banner just before the number, apart, names the plan's 达拉特旗第十中学."""
        before = query[max(0, number.start() - 8) : number.start()]
        return any(str(s.get("banner")) in before and any(number[0] in n for n in names_of(s)) for s in self._schools)

    def schools_described(self, query: str) -> list[dict[str, Any]]:
        """The schools a "which school" question describes without naming: by the industry it features or by being
        new (新建); none when it describes neither (a level alone, 哪些高职院校要建双高, is no description)."""
        tests = []
        featured = any(_features(s, query, loose=True) for s in self._schools)
        if featured:  # "想学养殖": 现代农牧业
            tests.append(lambda s: _features(s, query, loose=True))
        if policy.NEW_SCHOOL.search(query):
            tests.append(lambda s: s.get("status") == "new")
        if _PRIVATE.search(query):  # "标注为民办的中职学校有哪几所"
            tests.append(lambda s: s.get("ownership") == "民办")
        level = _asked_level(query)
        # "本地能念大专的学校都有哪几所": a college level alone describes every school of it
        if not tests and not (level and _LISTS_LEVEL.search(query)):
            return []
        if level:
            # a subject's school may be a college's 中职部 ("喜欢新能源车 读中职选哪所"); a new 中职 is a 职业中学
            tests.append(lambda s: _of_level(s, level) if featured else level in str(s.get("kind", "")))
        return [s for s in self._schools if all(t(s) for t in tests)]

    def described_elsewhere(self, part: str, whole: str) -> list[dict[str, Any]]:
        """For a part asking which school of a level that describes none itself ("念完往上能去哪个高职"): the schools
        of that level featuring what the whole question describes ("娃喜欢种地养牛羊": 现代农牧业)."""
        level = _asked_level(part)
        if not level or not self._school_kind.asks.search(part) or self.schools_named(part):
            return []
        if any(_features(s, part, loose=True) for s in self._schools):
            return []  # the part describes its own
        # or whose name holds a word the whole was read as ("想当幼儿园老师": 幼儿师范, in 幼儿师范高等专科学校)
        words = [w for w in whole.split() if len(w) >= 4 and not _GENERIC_NAME.search(w)]
        return [
            s
            for s in self._schools
            if _of_level(s, level)
            and (_features(s, whole, loose=True) or any(w in str(s.get("name", "")) for w in words))
        ]

    def extreme_row(self, query: str) -> Clause | None:
        """ "2025年规划人数最多的中职是哪所": the 表2 row of the asked level with the most (or fewest) students, in
        2025 unless the query asks about now, or the most added; None when no such thing is asked."""
        asked = _EXTREME.search(query)
        if asked is None or "哪" not in query:  # "学生最多能实习多久" asks no school
            return None
        column = "增长人数" if asked["growth"] else "2021年学生数" if ASKS_NOW.search(query) else "2025年学生数"
        rows = [
            (int(cells[column]), clause)
            for clause, cells in self._rows_of_level(_asked_level(query))
            if cells.get(column, "").lstrip("-").isdigit()
        ]
        if len(rows) < 2:
            return None
        pick = min if re.search("少|小", asked[0]) else max
        return pick(rows, key=lambda r: r[0])[1]

    def unchanged_rows(self, query: str) -> list[Clause]:
        """ "哪几所职校到2025年学生数不打算增加": the 表2 rows of the asked level that add no students by 2025."""
        if not _UNCHANGED.search(query) or "哪" not in query:
            return []
        return [c for c, cells in self._rows_of_level(_asked_level(query)) if cells.get("增长人数") in ("0", "持平")]

    def _rows_of_level(self, level: str | None) -> list[tuple[Clause, dict[str, str]]]:
        """表2's school rows of the level (every level for None), with their cells; not 小计 or 合计."""
        rows = [(c, c.cells or {}) for c in self.knowledge.clauses.values() if c.id.startswith("table2.r")]
        return [
            (clause, cells)
            for clause, cells in rows
            if (level is None or cells.get("层次") == level) and "计" not in cells.get("院校名称", "")
        ]

    def featuring_instead(self, question: str) -> list[dict[str, Any]]:
        """ "准旗职中是学航空的吧": when the one school named does not feature the industry the question gives it, the
        schools that do (none when it does, or when the question names no featured industry)."""
        named = self.schools_named(question)
        if len(named) != 1:
            return []
        bare = without_names(question, named[0])
        if _NEW_ONE.search(bare) and named[0].get("status") != "new":
            # "新建的那所高职就是生态环境职业学院吧": it is not new; the school that is
            level = _asked_level(bare)
            return [s for s in self._schools if s.get("status") == "new" and (level or "") in str(s.get("kind", ""))]
        others = [s for s in self._schools if _features(s, bare)]
        return [] if not others or named[0] in others else others

    def featured(self, question: str) -> re.Pattern[str] | None:
        """For "X学院都学啥": the industries the named schools feature (a sentence naming them answers best)."""
        if not _ASKS_SUBJECTS.search(question):
            return None
        return _featuring(self.schools_named(question))

    def featured_each(self, question: str) -> list[re.Pattern[str]]:
        """`featured` for each of the first two schools named, in the order named."""
        if not _ASKS_SUBJECTS.search(question):
            return []
        return [p for s in self.schools_named(question)[:2] if (p := _featuring([s])) is not None]

    def school_clauses(self, query: str) -> list[tuple[Clause, float]]:
        """Named schools: their own clauses (表2 rows first, the asked level first), ranked before the rest."""
        found = self.schools_named(query)
        level = _asked_level(query)
        if not found and level and _LISTS_LEVEL.search(query):  # "能念大专的学校有哪几所": each one's row of it
            ids = [c for s in self.schools_described(query) for c in s.get("clauses", []) if c.startswith("table2.")]
            rows = [self.knowledge.clauses[c] for c in ids]
            return [(row, 1.0) for row in rows if (row.cells or {}).get("层次") == level]
        if not found and self._school_kind.asks.search(query):  # "学采矿去哪个职校", "哪些学校要新建"
            found = self.schools_described(query)

        def order(cid: str) -> tuple[int, int]:
            cells = self.knowledge.clauses[cid].cells or {}
            return (0 if cid.startswith("table2.r") else 1, 0 if level and cells.get("层次") == level else 1)

        out: list[tuple[Clause, float]] = []
        for school in found[:3]:
            ids = sorted((c for c in school.get("clauses", []) if c in self.knowledge.clauses), key=order)
            out += [(self.knowledge.clauses[c], 1.0) for c in ids[:4]]
        return out

    def rows_of_several_schools(self, query: str, plain: bool = False) -> list[Claim]:
        """A question naming two or more schools gets each school's own 表2 row (`plain`: in words, for families)."""
        rows = [c for c, _ in self.school_clauses(query) if c.id.startswith("table2.r")]
        schools = {(c.cells or {}).get("院校名称", "").split("（")[0] for c in rows}
        if len(schools) < 2:
            return []
        return [row_claim(c, plain) for c in rows]

    def counted_rows(self, clause_id: str, plain: bool = False) -> list[Claim]:
        """The 表2 rows of the schools a 表1 row counts, as the schools' records cite it (新建高职院校 1所: 鄂尔多斯能源
        职业技术学院's 高职 row), of that row's level only."""
        label = self.knowledge.clauses[clause_id].label if clause_id in self.knowledge.clauses else ""
        level = _asked_level(label)
        out: list[Claim] = []
        for school in self._schools:
            cited = [p for p in school.get("plans") or [] if clause_id in (p.get("clauses") or [])]
            if level is None or not cited:
                continue
            own = set(school.get("clauses", []))
            rows = [row_claim(c, plain) for c, _ in self._rows_of_level(level) if c.id in own]
            out += rows or self._made_one(school, cited[0], clause_id, level)
        return out

    def _made_one(self, school: dict[str, Any], plan: dict[str, Any], counted: str, level: str) -> list[Claim]:
        """A school not of the counted level yet (幼专, to become a 本科): the sentence of its plan's clauses that names
        it and the level (推动内蒙古民族幼儿师范高等专科学校建成幼儿师范本科), or nothing."""
        for c in plan.get("clauses") or []:
            clause = self.knowledge.clauses.get(c)
            if c == counted or clause is None:
                continue
            for unit in units(clause):
                if str(school["name"]) in unit and level in unit:
                    return [unit_claim(clause, unit)]
        return []

    def rows_about_others(self, query: str) -> frozenset[str]:
        """When a query names schools or a banner: the table rows about others. "幼专要建几个重点实验室" is not
        answered by 鄂尔多斯职业学院's 表3 row, nor "准格尔旗职普比多少" by 表1's (the whole city's figures)."""
        named = self.schools_named(query)
        banner = any(b in query for b in policy.BANNER_NAMES)
        rows = self._school_rows if named else frozenset()
        if (named or banner) and not CITY_WIDE.search(query):
            rows |= self._city_rows
        return rows - {c for s in named for c in s.get("clauses", [])}

    def names_only_others(self, text: str, query: str) -> bool:
        """A sentence that names schools, none of them the ones the query names ("鄂尔多斯职业学院现在多少学生" is
        not answered by "支持鄂尔多斯能源职业学院建设…在校生规模7000人")."""
        asked = {id(s) for s in self.schools_named(query)}
        named = {id(s) for s in self.schools_named(text)}
        return bool(asked and named) and not asked & named and not CITY_WIDE.search(query)

    def pathway_clauses(self, query: str, asked: str | None = None) -> list[tuple[Clause, float]]:
        """For "读完中职能上高职/本科吗": the clauses of the matching progression routes, ranked first.

        `query` gives the levels (a family asking after 初中 starts from 中职); `asked` the part that asks.
        """
        said = _ATTENDING.sub("", asked or query)
        if not _ASKS_PROGRESSION.search(said) or COUNTS_INSTITUTIONS.search(said):
            return []
        levels = [lv for lv in ("中职", "高职", "专科", "本科", "普通高中") if lv in query]
        # "鄂尔多斯职业学院能读本科不": the named school's own route to that level comes first
        named = {str(s.get("id")) for s in self.schools_named(query)}
        own = [
            (self.knowledge.clauses[c], 1.0)
            for rec in pathways(self.knowledge)
            if named & set(rec.get("schools") or []) and any(lv in str(rec.get("to_level", "")) for lv in levels)
            for c in rec.get("clauses", [])[:1]
            if c in self.knowledge.clauses
        ]
        if "高职" in levels and "专科" in levels:
            levels.remove("专科")  # 大专 is read as both: one level
        if len(levels) == 1 and levels[0] in ("高职", "专科", "本科"):
            levels.insert(0, "中职")
        elif levels == ["中职"] and _ASKS_ONWARDS.search(asked or query):
            levels += ["高职", "本科"]  # "读完中职能怎么往上升", "读哪个中职，以后能上什么": every route up from 中职
        elif levels in (["中职"], ["普通高中"]) and "初中" in query:
            levels.insert(0, "初中")  # "初中毕业能上中职吗": the routes out of 初中
        if "就业" in query and "中职" in levels:
            levels.append("就业")  # "中职毕业有哪几条出路": work is a way out too, and asked first
        if len(levels) < 2:
            return own
        records = sorted(pathways(self.knowledge), key=lambda r: "就业" not in levels or "就业" not in r["to_level"])
        matched = [
            [(self.knowledge.clauses[c], 1.0) for c in rec.get("clauses", []) if c in self.knowledge.clauses]
            for rec in records
            if str(rec.get("from_level", "")) in levels and any(lv in str(rec.get("to_level", "")) for lv in levels)
        ]
        # each route's first clause before any route's second ("只能打工，上不了大学吧": the way up beside the ways out)
        out = [c[0] for c in matched if c] + [r for c in matched for r in c[1:]]
        unique = own[:]
        for clause, weight in out:  # each clause where it first comes
            if all(clause.id != c.id for c, _ in unique):
                unique.append((clause, weight))
        return unique[:3]

    @staticmethod
    def wants_indicator(query: str, one_part: bool = True) -> bool:
        """The query asks for today's figure and the target, so `indicator_rows` will search with it."""
        # "有几所本科，以后会多吗": a count of institutions asked with the future is a comparison too
        counts = one_part and (COUNTS_INSTITUTIONS.search(query) or _STATED_INSTITUTIONS.search(query))
        # "鄂尔多斯有几所本科": the count of a level's institutions, which 表1 gives for both years
        level = one_part and _COUNTS_LEVEL.search(query)
        return bool(level or ((ASKS_NOW.search(query) or counts) and _ASKS_TARGET.search(query)))

    def indicator_rows(self, query: str, one_part: bool = True) -> list[tuple[Clause, float]]:
        """A question asking for both today's figure and the target ("现在有几个，以后要到几个") is what 表1 answers
        (2021 baseline, 2025 target): its best-matching indicator rows, ranked first."""
        if not self.wants_indicator(query, one_part):
            return []
        rows = [c for c, _ in self.knowledge.candidates(query, k=20) if c.id.startswith("table1.r")]
        asked = set(bigrams(query))
        # the row whose indicator the query names ("兼职教师占比" for 兼职老师) before rows it only resembles
        rows.sort(key=lambda c: -len(asked & set(bigrams(c.label.split(" ", 1)[-1]))))
        return [(c, 1.0) for c in rows[:2]]

    def higher_majors(self, part: str, question: str, onward: bool = False) -> tuple[Clause, list[str]] | None:
        """For a part asking which college majors follow ("往上念有啥对口专业"): the plan's list of college majors that
        shares most with the subject the whole question names, and the majors that share it (护理 → 护理学).

        `onward`: only when it asks what follows on, and no count (a whole question: "本科专科各开几个专业" asks
        how many majors, "这个专业能变成本科不" whether one is raised). A question naming a school asks what follows
        on, or which majors, too; else it asks the school's own ("鄂尔多斯职业学院…在那能念上本科专业不").
        """
        # a subject named, or a school whose own subject it is ("达旗十中学农业的…大专能接着学啥")
        # or a child's liking told ("闺女喜欢唱歌跳舞…以后上大学能学啥")
        subject = "专业" in question or bool(self.schools_named(self.expand(question))) or bool(_WANTS.search(question))
        asks = [p for p in _PIECES.split(part) if HIGHER_MAJORS.search(p) or (subject and _ONWARD_WHAT.search(p))]
        if onward:
            asks = [p for p in asks if _FOLLOWS_ON.search(p) and not _COUNTED.search(p)]
        elif self.schools_named(question):  # by name, not a banner's schools ("东胜有对口职中吗？大专能学啥")
            asks = [p for p in asks if _FOLLOWS_ON.search(p) or _WHAT_MAJORS.search(p)]
        if not asks:
            return None
        if self.schools_named(self.expand(asks[0])):
            return None  # "它和鄂职院合办哪几个职业本科专业": that school's own majors, not a subject's
        # the subject: the question's words (带货 → 电子商务) and what the schools it names feature (达旗十中: 农业)
        featured = [str(i) for s in self.schools_named(question) for i in s.get("featured_industries") or []]
        said = " ".join([normalise(question), *featured])
        asked = set(bigrams(said)) - _GENERIC_GRAMS
        # "往上走对接的是哪条产业链": only 专栏7's lists, each serving a chain
        lists = [m for m in self._major_lists if m[2]] if "产业链" in asks[0] else self._major_lists
        best: tuple[tuple[int, int, int], Clause, list[str]] | None = None
        for clause, items, chain in lists:
            shared = {item: len(asked & grams) for item, grams in items.items()}
            # the chain's own name ("学航空": 对接航空产业链, whose majors are 空中乘务, 无人机测绘技术…): all of them
            named = len(asked & chain)
            matched = list(items) if named else [item for item, n in shared.items() if n]
            score = (max(shared.values(), default=0) + named, named, len(matched))
            if score[0] and (best is None or score > best[0]):
                best = (score, clause, matched)
        if best is None and lists is not self._major_lists:
            # what the child wants to learn, without who wants it ("闺女想学护理": 护理), or the whole question
            wants = [p for p in _PIECES.split(question) if _WANTS.search(p) and p not in asks]
            told = _WHO_WANTS.sub("", " ".join(wants)).strip()
            return self._nearest_chain(told or said, lists)
        return (best[1], best[2]) if best else None

    def secondary_majors(self, part: str, question: str) -> tuple[Clause, list[str]] | None:
        """For a part asking which 中职 majors there are ("想当幼儿园老师，中职学啥对口"): the plan's list of 中职
        majors and those sharing a word with what the whole question names (幼儿师范 → 幼儿保育); None when the part
        asks no such thing, names a school (its own majors), or no major shares a word."""
        # or "想学做这个 有这专业吗", from a family after 初中 naming no college level: the 中职 majors
        bare = bool(_BARE_MAJOR_ASK.search(part)) and not _COLLEGE_LEVEL.search(question)
        asks = bool(policy.SECONDARY_MAJOR.search(part) or policy.VOCATIONAL_MAJOR.search(part)) or bare
        if not asks or self.schools_named(part):
            return None
        asked = set(bigrams(normalise(question))) - _GENERIC_GRAMS - _NAME_GRAMS
        for clause, items in self._secondary_lists:
            matched = [item for item, grams in items.items() if asked & grams]
            if matched:
                return clause, matched
        return None

    def _nearest_chain(
        self, said: str, lists: list[tuple[Clause, dict[str, frozenset[str]], frozenset[str]]]
    ) -> tuple[Clause, list[str]] | None:
        """The chain whose list reads most like the question, when no chain or major shares a word with it (护理:
        对接生物医药及健康产业链, by the embedding model); None without unit vectors."""
        query = self.knowledge.query_vector(said)
        if query is None:
            return None
        near = [
            (float(vector @ query), clause, list(items))
            for clause, items, _ in lists
            if (vector := self.knowledge.unit_vectors.get((clause.id, units(clause)[0]))) is not None
        ]
        return max(near, key=lambda n: n[0])[1:] if near else None

    def banner_without_schools(self, query: str, own: str | None = None) -> str | None:
        """A banner the question asks schools of that has none in the plan; None when another named banner has
        some (达拉特旗和伊金霍洛旗: a claim to check against the plan, not a question to refuse).

        `own`: a follow-up's own words, the only place its banners come from ("伊金霍洛旗的呢" after a question on
        准格尔旗's schools asks about 伊金霍洛旗; "那新建的职业中学在哪" asks about no banner of the turn before).
        """
        if not ASKS_SCHOOL.search(query):
            return None
        named = [b for b in policy.BANNERS if b in (query if own is None else own)]
        # a 综合高中 is no answer to "杭锦旗的职高", but is to "普高职高都能学的学校"
        vocational = bool(_ASKS_VOCATIONAL.search(query)) and not re.search(r"普高|普通高中|综合", query)
        without = [
            b
            for b in named
            if not [s for s in find_schools(self.knowledge, banner=b) if not vocational or s.get("kind") != "综合高中"]
        ]
        return without[0] if without and len(without) == len(named) else None


#: A middle school called by its number (一中, 第二中学, 3中); not 一中职 (a 中职), 高中, 初中 or 表1中.
_NUMBERED_SCHOOL = re.compile(
    r"(?<![表栏条款项行列章节图附其集\d.])第?(?:[一二三四五六七八九十]{1,3}|\d{1,2})中学?(?![职专学生考心间部文国高])"
)


def outermost(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the names occur in the text, in order; an occurrence inside a longer name's is none of its own (职院 in
    生态环境职院)."""
    spans = [(m.start(), m.end(), n) for n in names if n and n in text for m in re.finditer(re.escape(n), text)]
    return sorted(
        s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)
    )


#: A school said to be the new one ("新建的那所高职", "新盖的学校").
_NEW_ONE = re.compile(rf"(?:{policy.BUILDS_NEW})[^，。？?\s]{{0,4}}(?:高职|学院|学校|职中|中职|职高|大专)")


def _asked_level(query: str) -> str | None:
    """The level of school a query names first among 本科, 高职 and 中职 (None if none)."""
    return next((lv for lv in ("本科", "高职", "中职") if lv in query), None)


def _chain_grams(text: str) -> frozenset[str]:
    """The bigrams of the industry chain a list of majors serves ("对接航空产业链": 航空), none for other lists."""
    chain = _CHAIN.search(text)
    return frozenset(bigrams(chain[1])) - _GENERIC_GRAMS if chain else frozenset()


def _featuring(named: list[dict[str, Any]]) -> re.Pattern[str] | None:
    """The industries the schools feature, as a pattern (None if they feature none)."""
    names = [n for s in named for n in names_of(s)]
    # an industry read inside the school's own name is no answer (生态环境保护 → 生态环境, in 生态环境职业学院):
    # the whole industry then, or nothing
    stems = [_stem_outside(i, names) for s in named for i in s.get("featured_industries") or []]
    stems = [st for st in stems if len(st) >= 2 and not any(st in n for n in names)]
    return re.compile("|".join(map(re.escape, stems))) if stems else None


def _new_in(school: dict[str, Any], query: str, level: str | None) -> str:
    """The short name of the banner a new school is built in, when the query names it and no other level."""
    banner = str(school.get("banner") or "")[:-1]
    fits = level is None or level in str(school.get("kind", ""))
    return banner if school.get("status") == "new" and banner and banner in query and fits else ""


#: Offices whose names hold an industry's word.
_OFFICE = re.compile(r"教育体育局")


def _stem(industry: object) -> str:
    """An industry's name without its generic ending (采矿业 → 采矿, 艺术类 → 艺术)."""
    return re.sub(r"(?:产业|业|类)$", "", str(industry))


def _stem_outside(industry: object, names: list[str]) -> str:
    """The industry's stem, or its whole name when the stem is part of one of `names` (a school's own)."""
    stem = _stem(industry)
    return str(industry) if any(stem in n for n in names) else stem


def names_of(school: dict[str, Any]) -> list[str]:
    """A school's name and its aliases."""
    return [str(n) for n in (school.get("name"), *(school.get("aliases") or [])) if n]


def without_names(text: str, school: dict[str, Any]) -> str:
    """The text with the school's name and aliases taken out, the longest first."""
    for name in sorted(names_of(school), key=len, reverse=True):
        text = text.replace(name, "")
    return text


def _of_level(school: dict[str, Any], level: str) -> bool:
    """The school is of the level, or keeps a department of it in 2025 (能源职业技术学院's 中职部: 2000人)."""
    department = school.get("secondary_department") or {}
    return level in str(school.get("kind", "")) or (level == "中职" and bool(department.get("2025")))


def _features(school: dict[str, Any], query: str, loose: bool = False) -> bool:
    """The school features an industry the query names (采矿业 → 采矿, 煤化工业 → 煤化工; `loose`: 现代农牧业 →
    农牧 as well)."""
    stems = [_stem(i) for i in school.get("featured_industries") or []]
    stems += [re.sub(r"^现代", "", st) for st in stems if loose]
    query = _OFFICE.sub("", query)  # 市教育体育局 is an office, not 体育
    return any(len(stem) >= 2 and stem in query for stem in stems)
