"""The offline assistant: route a question, answer it extractively from the plan, cite every sentence, guard it."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from assistant import policy
from assistant.boxes import Box, box_items, box_named, boxes_of, item_head, item_heads
from assistant.extract import Claim, Extractor, continuation, display, grams, repeats, row_claim, unit_claim, units
from assistant.followup import is_follow_up, last_answer, rewrite
from assistant.guard import guard_answer
from assistant.knowledge import Knowledge
from assistant.normalize import canonical, normalise, without_besides
from assistant.numbers import arabise, figures
from assistant.prompts import render, wording
from assistant.routes import ASKS_NOW, ASKS_SCHOOL, CITY_WIDE, COUNTS_INSTITUTIONS, Routes, names_of, without_names
from assistant.settings import Settings
from assistant.support import ASKS, POINTS_BACK, SupportCheck, Vocabulary, asked_segments, record_texts, topic_name
from assistant.tools import explain_term, find_schools, subsidy_rules
from assistant.types import Answer, Audience, Citation, Clause, Turn
from ingest.tokenize import bigrams

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np

log = logging.getLogger(__name__)

_ASKS_MEANING = re.compile(
    r"是什么|什么是|啥是|是啥|是个啥|是干啥|干啥的|干什么的|什么意思|啥意思|指什么|解释|介绍一下|what is|meaning|"
    # "那个“五融五兴”到底是搞啥", "三融三转到底说的啥"; not "西边那个基地是搞啥的", what one of several does
    r"(?:到底|究竟)是?搞(?:啥|什么)(?:的|名堂)?(?=[？?。！!\s]|$)|(?:到底|究竟)说的是?(?:啥|什么)|"
    # "三融三转具体是哪“三融”“三转”", "指的是哪三融": what each part of a name is
    r"(?:(?:具体|分别|到底)(?:是|指|是指)|指的是)哪[“\"]?[三五]|"
    r"(?:包含|包括|分为|分成)(?:哪几|哪些|几)个?方面",  # "“三融三转”工程具体包含哪几个方面"
    re.I,
)
#: "职普融通方面有哪些具体举措": what is done, more than the one sentence that names it.
_ASKS_MEASURES = re.compile(r"(?:哪些|什么|啥)(?:具体)?(?:举措|措施|做法|办法)|具体(?:怎么|咋)(?:做|搞|弄)")
#: "What subsidies does X offer" (a list of what a programme pays), as opposed to one amount.
_ASKS_SUBSIDY_LIST = re.compile(
    r"(?:有|给|享受|能拿|能领)(?:什么|哪些|啥)(?:样的)?(?:补贴|补助|资助|奖励|待遇|支持|优惠|政策)|"
    r"待遇(?:是|都是)?(?:怎么|怎样|如何)(?:规定|定)|(?:相应|各自)(?:的)?待遇"  # "三名工程…待遇是怎么规定的"
)
#: Names that hold digits but state no figure: "3+2" and "3+4" routes, "1+X" certificates, 5G.
_PROGRAMME = re.compile(r"\d\s*\+\s*(?:\d|X)|5G", re.I)
_ABOUT_ONESELF = re.compile(r"我|咱|孩子|娃|闺女|女儿|儿子")
#: Who, asked ("谁来评").
_ASKS_WHO = "谁"
_ASKS_WHERE = re.compile(r"[建盖设]在哪")
#: What names a school or a level of schools, so that "叫啥" after it asks a school's name.
_NAMES_INSTITUTION = re.compile(r"高职|中职|本科|大专|中专|职高|职中|学校|院校|学院")
#: A short ask for the name of what the part before counts ("新建几所高职？叫啥").
_ASKS_NAME = re.compile(r"^\s*(?:都|分别|具体)?(?:叫|是)(?:啥|什么|个啥)(?:名字?)?[呢啊呀]?\s*$")
#: Someone who acts, as a sentence names them ("坚持政府主导", "由主管园区或在园学校运营管理", "市教育体育局牵头").
_NAMES_ACTOR = re.compile(
    r"政府|部门|[^结格布]局|专家|评审|主导|牵头|负责|由[^，。；]{1,15}(?:运营|管理|承担|组织|实施|举办|主办|认定)"
)
#: Where a question's parts meet: punctuation, or a space after a Chinese character ("兼职教师比例呢 3名工程…":
#: 三 is a digit by then).
_PARTS = re.compile(r"[，,？?；;。！!]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d])")
#: The city a question is asked in, which names no topic of its own.
_THE_CITY = frozenset({"鄂尔多斯", "鄂尔多斯市", "市里", "全市", "咱市", "本市", "我市"})
MIN_SCORE = 0.42  # below this the best sentence covers too little of the question to count as an answer
WHERE_TO_ASK_CLAUSE = "s4.1"
#: "一个月多少钱", "一年能拿多少": a rate's unit, not a figure the question asserts.
_PER_UNIT = re.compile(r"(?<![\d.])1\s*(?:个月|个?学期|年|次|天|周)")
#: "是一个平台吗" (1个 once canonical): an article, not a count to check against the plan.
_ARTICLE = re.compile(r"(?<![\d.])1个(?!亿)")
#: A count of people or things ("100个", "50名", "3所").
_COUNT = re.compile(r"\d\s*[个名所人家项]")
#: When or under what number the plan was issued.
_ASKS_ISSUED = re.compile(
    r"文号|发文|(?:哪年|哪一年|什么时候|啥时候|哪天|几月|日期|20\d\d年)[^，。？?]{0,6}(?:印发|发布|出台|下发|发的|出的(?=吧|吗|么|[？?]|$))|"
    r"(?:印发|发布|出台|下发)(?:的)?(?:时间|日期)"
)
#: A bare "给多少" after a part on places or hours given ("提供实习岗位…|要给多少"): a count, no money named.
_COUNTED_BEFORE = re.compile(r"(?:岗位|名额|课时|学时)[^|]*\|(?![^|]*(?:钱|元|万|补|奖|资助|费))")
#: 表3 as a whole ("三融三转"工程建设项目), whichever of its items is asked.
_PROJECTS = re.compile(r"三融三转|表3|项目|合计|总数")
#: A route as the plan writes it (3+2, 3+4).
_ROUTE = re.compile(r"\d\+\d")
#: Reading on to a higher level ("往上读啥", "还能接着念啥"), which a route answers as well as a list of majors.
_READS_ON = re.compile(r"(?:往上|接着|继续|再)(?:还能|能|还)?[读念上](?:啥|什么|点啥)")
#: A name the plan puts in quotation marks (“草原英才”), four characters or more.
_PLAN_NAME = re.compile(r"“([^“”]{4,12})”")
#: A term the asker quotes ("“六有”标准").
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,12})[”\"」』]")
#: A document other than the plan ("《全市中职专业教师流转办法》啥时候出台").
_OTHER_DOCUMENT = re.compile(r"办法|细则|规定|意见|标准")
_DATED = re.compile(r"20\d\d年\d{1,2}月\d{1,2}日")
#: The asker's own child ("上5年级的娃", "今年15岁", "初2"): no figure of the plan's to check.
_GRADE_OR_AGE = re.compile(
    r"\d+\s*(?:年级|周?岁)|[初高][123](?!\d)|(?:念|读|上|学)了\d+\s*(?:个?学期|个?月|年)|"
    r"\d\s*(?:个|项|条)(?:要求|问题|方面|部分|内容)"  # "概括三个要求": the question's own asks, no figure
)
#: "一个月补多少钱", "每月能拿多少": an amount by the month (the plan's are one-off or yearly).
_MONTHLY = re.compile(r"(?:(?<![\d.])[一每1]个?月|月[薪工])[^，。？?\s]{0,5}多少(?![^，。？?\s]{0,3}[人个所家门次节])")
#: "他本人一年能拿多少": money asked for the person himself.
_PERSONAL_AMOUNT = re.compile(r"(?:本人|个人|自己)[^，。？?]{0,6}(?:能拿|拿|领|得|到手|报酬|收入|工资)")
#: "对引进优秀退休教师的用人单位每年给予5-10万元": money the plan pays an employer or a school, not a person.
_TO_AN_EMPLOYER = re.compile(r"对[^，。；]{0,24}(?:用人单位|企业|院校|学校|单位)[^，。；]{0,4}给予")
#: Figures the plan gives for the whole city only (表1), never for one school or banner.
_CITY_FIGURE = re.compile(
    r"(职普比|双师|兼职教师|教师|老师)[^，。？?\s]{0,8}(?:多少|几|占比|比例)|(?:多少|几)[^，。？?\s]{0,6}(教师|老师)"
)
#: A school named by pointing at it ("这学校", "该校").
_THIS_SCHOOL = re.compile(r"[这那](?:个|所)?学校|该校|[这那]所")
#: What is left of an injection when it only gives a purpose ("…原样输出给我，便于我们学校备案").
_PURPOSE = re.compile(r"(?:便于|用于|以便|方便|为了|供|我们?要做?)[^，。？?]{0,14}")
#: "具体咋流转", "怎么操作": how something is done in detail.
_ASKS_HOW = re.compile(r"具体(?:怎么|咋|如何)|(?:怎么|咋|如何)(?:操作|执行|实施|弄|搞|办理|申请)")
#: "制定出台《全市中职专业教师流转办法》": rules the plan says will be issued, whose content it does not give.
_TO_BE_ISSUED = re.compile(r"(?:制定|出台)[^，。；]{0,4}《[^》]+》")
#: A fund or budget a question asks the size of.
_FUND = re.compile(r"专项资金|资金|经费|预算")
#: "哪个学校有护理专业": the major a "which school" question names (not 重点专业, 啥专业).
_NOT_A_MAJOR = "什么|哪|啥|重点|这个|那个|好的|热门"  # words before 专业 that name no major
_NAMED_MAJOR = re.compile(rf"(?:有|学|读|开|办|设)(?!{_NOT_A_MAJOR})([^有学读开办设校\W\d]{{2,6}}?)专业")
#: "理工学校有没有美容美发专业": whether a named school has a major (not "要新开好多专业").
_HAS_MAJOR = re.compile(
    rf"(?:有|开|办|设)(?!{_NOT_A_MAJOR}|好多|很多|多少|几|新|更多|一些|些)([^有学读开办设校的\W\d]{{2,6}}?)专业"
)
#: New 中职 schools asked about: the plan builds them in named banners only.
_SECONDARY = re.compile(r"中职|职中|职高|职业中学|中专|技校")
#: Asked what else there is where no vocational school is ("没有的话在旗里能上个啥", "有没有综合高中").
_ALTERNATIVE = re.compile(r"(?:要是|如果)没有|没有的话|综合高中|普高职高|还有啥|还能[上念读]|不然")
_PIECES = re.compile(r"[？?。；;！!]|还有|另外|顺便")
#: How many new schools the asker says are built ("要新盖3所职业中学", "3所新建的职中").
_NEW_COUNT = re.compile(rf"(?:{policy.BUILDS_NEW})[^，。？?\d]{{0,3}}(\d+)\s*所|(?<![\d.])(\d+)\s*所新(?:建|盖|办|开)")
_ASKS_WHETHER = re.compile(r"有没有|有无|是否|会不会|要不要")
#: A count asked for with its counter ("招多少人", "建几个"); not 哪几条, which ones.
_ASKS_HOW_MANY = re.compile(
    r"(?<!哪)(?:几|多少)(?:个|所|家|名|人|门|项|条(?!路)|类|种|万人|栋|座|间)|(?:权重|分值)[^，。？?]{0,4}多少"
)
#: A figure asked for ("多少人", "几所").
_ASKS_FIGURE = re.compile(r"多少|(?<!好)几")  # not "都好几年了"
#: A rule or requirement asked for, which the plan sets for every school alike.
_RULE = re.compile(r"要求|规定|标准")
#: "旗里", "咱这": the banner the question sets out before.
_HERE = re.compile(r"旗里|区里|本旗|本区|当地|本地|我们这|咱这|俺们这")
#: A part naming a programme (鸿雁计划, not 2025年计划), an industrial chain or a table's total has a subject of its
#: own, not an earlier part's school.
_OWN_SUBJECT = re.compile(
    r"产业链|对接[^，。？?]{0,6}产业|示范专业|(?<![年\d])计划(?![多招学建要])|工程|行动|专栏|公共|合计|全表|总计|"
    r"企业[^，。？?]{0,4}岗位|实习岗位"  # "娃想进化工厂实习，企业给不给岗位": the plan's rule for every firm
)
#: A school the plan builds in a banner ("杭锦旗综合高中建设", "新建东胜区职业中学").
_BUILT = (
    "{banner}[^，。；]{{0,4}}(?:综合高中|职业中学|中职学校)建设|"
    "新建[^，。；]{{0,4}}{banner}[^，。；]{{0,4}}(?:综合高中|职业中学)"
)
#: A question that repeats what the asker has heard ("听说准旗职中是学航空的"): the plan's own words correct it.
_PREMISE = re.compile(r"听说|听人说|有人说|据说|是吧|对吧|对吗|是不是|对不对|的吧")
#: Where a school is ("理工学校在哪个旗区", "它在那个旗区啊").
_WHERE_IS = re.compile(
    r"(?:在|位于|建在|盖在|落在|设在)(?:哪里|哪儿|哪(?=[？?\s啊呢]|$)|哪个(?:旗|区|地方)|什么地方|啥地方)|[哪那]个旗|哪个区"
)
#: Levels a follow-up may ask of a rule the plan sets for others ("那硕士呢" after 本科 2万元, 专科 1万元).
_LEVELS = {"中职|中专|职高": ("中职", "中等职业"), "硕士": ("硕士", "研究生"), "博士": ("博士",)}
#: How many students a school has or will have ("招多少学生", "在校生规划").
_ASKS_SIZE = re.compile(
    r"在校生|学生数|多少(?:个)?(?:学生|娃|孩子)|招多少|收多少|多少人|规模[^，。？?\d]{0,4}(?:多大|多少)|规模是|扩招|扩不扩|多招"
)
#: A part that only says what else it asks of ("自治区的技术能手呢").
_BARE_NE = re.compile(r"呢[呢？? ]*$")
#: How a reply says the plan leaves something open (ZhiTu's "没有写明学费"; "方案里没写" in a pasted history).
_LEFT_OPEN = re.compile(r"没有?写|没有(?:规定|提到|明确|说)|未(?:写明|明确|规定)|不清楚")
#: A head count the question states ("10万人", "3万学生").
_CLAIMED_COUNT = re.compile(r"\d+(?:\.\d+)?\s*万?(?:人|名?学生)")
#: How an answer opens that corrects what the question takes for granted.
#: Where, in any words, something is put ("盖在哪两个地方", "建在哪些区"); asked of the new 中职 only.
_PUT_WHERE = re.compile(r"(?:在|建在|盖在|落在|设在|选在)(?:哪|什么地方|啥地方)|哪(?:两|几|些)个?(?:旗|区|地方)")
_CORRECTION = "这个说法与方案不符，方案写的是："
#: A piece telling what the plan (or hearsay) says, not the asker's own case ("干了3年就走了", "考了450分").
_TOLD_OF_PLAN = re.compile(r"方案|文件|规定|要求|听说|据说|说是|说要|不是")
#: A sentence giving any figure (what corrects a piece of a premise that states a wrong one).
_ANY_FIGURE = re.compile(r"\d")
#: A notice's document number at its head ("鄂府发〔2022〕78号"), and a question asking for it.
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,6}〔\d{4}〕\d+号")
_ASKS_DOC_NUMBER = re.compile(r"文号|发文字号|[找看查]原文|方案原文|原文件")
_UNLISTED = "未列数量"  # how ingest writes a 表3 cell the plan leaves empty
#: The name of what is counted asked ("叫啥", "是哪所", "哪两所").
_NAMES_ASKED = re.compile(r"叫(?:啥|什么|个啥)|名字|哪[\d一二两三四五六七八九十几]*所|是哪")
#: "两个学校各自…": the schools a question has named, counted.
_THE_N_NAMED = re.compile(r"([两二三2-3])\s*[个所家](?:学校|院校|学院)")
#: "是哪3所", "哪三所": which N schools.
_WHICH_N = re.compile(r"哪([\d一二两三四五六七八九十]+)([所家])")
KIND_FALLBACK = 0.75  # a sentence stating the asked kind answers when it scores this close to the best one
SAME_CLAUSE_FALLBACK = 0.6  # or this close, when it is a sentence of the best one's own clause
DEFERRAL_CLAUSES = ("box3.3", "box4.2", "s3.2.10")


@dataclass(frozen=True)
class Limits:
    """How long an answer may be for an audience."""

    claims: int
    chars: int
    trim: bool


LIMITS: dict[str, Limits] = {"family": Limits(3, 200, True), "teacher": Limits(5, 900, False)}


@dataclass(frozen=True)
class _PartPlan:
    """One part of a question in several parts, and the queries it will search with."""

    part: str  # the user's words
    focus: str  # the same, normalised
    norm: str  # with the school, banner or subject it borrows
    query: str  # `norm`, expanded
    borrowed: list[str]  # the topic words taken from the subject
    routes: list[tuple[Clause, float]]  # the route records it asks about
    rare: str  # a year it asks about other than 2021 and 2025, as a pattern
    indicator: str  # the query for 表1's rows when it asks today's figure and the target, else ""
    kind_from: str = ""  # the words whose kind it asks, when not its own: the part before's, for a bare "…呢"


class Assistant:
    """Answers questions about the plan with no LLM and no network."""

    mode = "extractive"

    def __init__(self, kb: Knowledge) -> None:
        self.knowledge = kb
        self.extractor = Extractor(list(kb.clauses.values()), kb.unit_vectors)
        self._schools = kb.records.get("schools", [])
        self._names = [n for s in self._schools for n in names_of(s)]
        self._school_of = {n: str(s["name"]) for s in self._schools for n in names_of(s)}  # alias → name
        school_kind = self._school_kind = policy.school_kind(self._names)
        self._kinds = (*policy.ANSWER_KINDS, school_kind, policy.MAJORS_KIND, policy.LIST_KIND)
        self.routes = Routes(kb, school_kind)
        texts = [c.text for c in kb.clauses.values()] + record_texts(kb.records)
        #: the names the plan puts in quotation marks (“草原英才”, “全区技术能手”): a question naming one, quoted
        #: or not, asks about that name's own sentence
        self._plan_names = frozenset(n for t in texts for n in _PLAN_NAME.findall(t))
        self.support = SupportCheck(kb.tokenizer, Vocabulary.build(texts))

    @classmethod
    def open(cls, settings: Settings) -> Assistant:
        """Open the index and records named by the settings."""
        return cls(Knowledge.open(settings))

    # -- the one public entry point -------------------------------------------------------
    def ask(self, question: str, history: list[Turn] | None = None, audience: Audience | str = "family") -> Answer:
        """Answer one question (with optional history) for families (short) or teachers (full wording)."""
        history = list(history or [])
        limits = LIMITS.get(str(audience), LIMITS["family"])
        q = without_besides(canonical(question))
        injected = policy.is_injection(q)
        if injected:
            q = self._named_again(policy.strip_injection(q), q)
            # what is left is a real question when it is about the plan's subject or names two of its topics
            named = [w for w in self.support.topic_words(q) if len(w) > 2]  # 丝绸之路, 产学研; not 部分, 全部
            on_topic = policy.in_domain(normalise(q)) or len(named) >= 2
            # "…原样输出给我，便于我们学校备案": what is left gives a purpose, it asks nothing; "帮我编一段话，说方案
            # 规定…", "给我打包票：…一定能录取": what is left is what to invent or promise, not a question
            made_up = policy.UNTRUE.search(question) and not policy.ASKS.search(q)
            if len(q) < 4 or not on_topic or _PURPOSE.fullmatch(q) or made_up:
                return self._scope(injection=True)
        if policy.is_out_of_scope(q):
            return self._scope()
        if policy.OUT_OF_SCOPE.search(q):  # "帮我写篇作文，再说说X学院要建成啥样": the part about the plan
            q = policy.without_other_tasks(q) or q
        focus = ""
        if history and is_follow_up(q, history, self.support.topic_words):
            focus, q = normalise(q), rewrite(q, history, self._school_of, self.support.topic_words)
        norm = normalise(q)
        placed = self._new_schools_placed(q)
        if placed is not None:
            return placed
        topic = policy.open_topic(norm, focus)
        earlier = norm.replace(focus, "") if focus and focus in norm else ""
        if topic is not None and topic.asked_in(earlier) and not topic.asked_in(focus) and _answered(history):
            # "名师评上了工资咋算？" answered, then "那评上名校的学校给多少钱？": the earlier turn's 咋算 is settled
            # (not "职普融通是啥意思" then "那具体咋转": the open topic is in the words of both)
            topic = policy.open_topic(focus)
        if topic is not None:
            rest = policy.answerable_part(q, self.support.topic_words(q))
            partial = self._answer(normalise(rest), rest, limits) if rest else None
            if partial is not None:
                return self._add_open_part(partial, topic.name)
            # a deferred amount asked in a follow-up: the nearest deferring clause to its own words
            nearest_to = focus if topic.deferred_amount and focus else norm
            return self._corrected_or_refused(q, topic.name, limits) or self._refuse(
                topic.name, nearest_to, deferred=topic.deferred_amount
            )
        unsupported = self._unsupported(canonical(question), q, limits)
        if unsupported is not None:
            return unsupported
        instead = None if focus else self._built_instead(q)
        if instead is not None:
            return instead
        banner_refusal = self.routes.banner_without_schools(norm, focus or None)
        if banner_refusal and not focus and _home_only(q, banner_refusal):
            # "俺是杭锦旗放羊的，职校有没有给俺们农牧民搞培训的": where the asker lives, not what is asked about
            q = re.sub(f"{banner_refusal[:-1]}[旗区]?", "", q)
            norm, banner_refusal = normalise(q), None
        if banner_refusal:
            return self._refuse(f"{banner_refusal}的职业学校", norm)
        if self.routes.unnamed_school(q):  # "俺们达旗一中有没有职业班": the plan names no such school
            return self._refuse("这所学校的情况（方案没有提到这所学校）", norm)
        # "鸿雁计划都搞些啥活动": what its box lists, item by item (the cheap check first: nearly every question asks
        # no box's contents, and _answer splits the question into parts again)
        box = box_named(q, self._boxes)
        if box is not None and len(_asked_parts(q)) <= 1:
            return self._compose([unit_claim(item, head) for item, head in item_heads(box)], route="extractive")
        answer = self._answer(norm, q, limits, focus)
        if answer is None:
            kind = policy.asked_kind(q, self._kinds)
            if not policy.in_domain(norm) and kind is None:
                return self._scope()
            years = policy.years_in(q) - {"2021", "2025"}
            silent_on = (
                kind.name
                if kind
                else "这一年份的情况"  # not the year itself: the guard allows no figure the cited clause lacks
                if years
                else "具体的金额"
                if policy.ASKS_AMOUNT.search(q) or _MONTHLY.search(q)
                else "具体的做法"
                if _ASKS_HOW.search(q)
                else "这所学校或旗区单独的数字（方案只给出全市的数字）"
                if self._city_figure(q, self.routes.expand(norm))
                else "这所学校的在校生规模（表2没有列出这所学校）"
                if _ASKS_SIZE.search(q) and self._named_without(self.routes.expand(norm), _sized)
                else "具体的数字"
                if _ASKS_HOW_MANY.search(q)
                else "这个问题的答案"
            )
            return self._corrected_or_refused(q, silent_on, limits) or self._refuse(silent_on, norm)
        return answer

    def _corrected_or_refused(self, question: str, topic: str, limits: Limits) -> Answer | None:
        """A question the plan does not answer that states a figure the plan contradicts ("方案规定实践课时不低于30%，
        我校35%达标没"): the premise corrected, then the open part named; None when nothing told is contradicted."""
        pieces = [p for p in _PARTS.split(question) if p.strip() and not _asks(p)]
        # what the plan is said to give ("不是给5万生活补助嘛"), with what the question tells before it (委培生…)
        said = [i for i, p in enumerate(pieces) if _TOLD_OF_PLAN.search(p) and figures(p)]
        told = "，".join(pieces[: said[-1] + 1]) if said else ""
        answer = self._answer(normalise(told), told, limits) if told else None
        if answer is None or answer.refused or not answer.answer.startswith(_CORRECTION):
            return None
        answer = self._add_open_part(answer, topic)
        answer.refused = False  # the correction answers what the question got wrong
        return answer

    def _sector_total(self, question: str, query: str) -> bool:
        """The question asks how many students vocational education as a whole has, in no school or banner."""
        claimed = _PREMISE.search(question) and _CLAIMED_COUNT.search(question)  # "要弄到10万人，是真的不"
        return (
            (_ASKS_SIZE.search(question) is not None or bool(claimed))
            and policy.asks_sector_total(question)
            and not self.routes.schools_named(query)
            and not any(b in question for b in policy.BANNER_NAMES)
            and "培训" not in question  # "职校一年要培训多少人": people trained, not students
        )

    @cached_property
    def _students_total(self) -> Clause | None:
        """The table row totalling every school's students (表2's 合计), None if the plan has none."""
        rows = (c for c in self.knowledge.clauses.values() if c.kind == "table_row")
        return next((c for c in rows if (c.cells or {}).get("院校名称") == "合计" and "学生数" in c.text), None)

    @cached_property
    def _sector_claim(self) -> Claim | None:
        """The plan's sentence on the student total of vocational education as a whole (None if it has none)."""
        found = [
            (clause, unit)
            for clause in self.knowledge.clauses.values()
            if clause.kind != "table_row"
            for unit in units(clause)
            if policy.SECTOR_TOTAL.search(unit)
        ]
        if not found:
            return None
        clause, unit = min(found, key=lambda f: len(f[1]))
        return unit_claim(clause, self.extractor.trim(unit, "到2025年职业教育在校生规模", limit=40))

    def _new_schools_placed(self, question: str) -> Answer | None:
        """A new 中职 placed in a banner the plan builds none in ("新建的两所职中是在东胜和达拉特旗吧",
        "达拉特旗新建的那所职中学啥"): the plan's sentence that places them, as a correction."""
        # the part of the question about them ("东胜新建的职中学啥？还有鄂托克旗那个实训基地": 鄂托克 is another part)
        part = next((p for p in _PIECES.split(question) if policy.NEW_SCHOOL.search(p) and _SECONDARY.search(p)), "")
        asked = {b for b in policy.BANNER_NAMES if b in part}
        if self._new_schools is None:
            return None
        # "听说要新盖3所职业中学，都盖在哪": the plan builds 2
        said = _NEW_COUNT.search(part)
        # a count said for the whole city, not for one banner ("康巴什要新盖一所职业中学" is right)
        # or for the banners together ("东胜跟康巴什是不是要新建三所职中")
        miscounted = said is not None and len(asked) != 1 and int(said[1] or said[2]) != len(self._new_schools[0])
        if not miscounted and (not asked or asked <= self._new_schools[0]):
            return None
        claim = self._new_schools[1]
        lead = "" if _ASKS_WHETHER.search(question) and not miscounted else _CORRECTION
        # what the plan does build there ("杭锦旗也新建职中吧": 推动康巴什区、杭锦旗综合高中建设)
        there = [c for b in sorted(asked - self._new_schools[0]) if (c := self._built_in(b)) is not None]
        claims = [Claim(lead + claim.text, claim.clause_id, claim.quote, 1.0), *there]
        return self._compose(claims, route="extractive")

    def _built_instead(self, question: str) -> Answer | None:
        """ "杭锦旗有职中没？没有的话在旗里能上个啥": a banner with no vocational school in the plan, asked for what
        else there is there: what the plan builds there (推动康巴什区、杭锦旗综合高中建设), then that it lists no
        vocational school there, which answers whether there is one."""
        banners = [b for b in policy.BANNERS if b in question]
        own = re.sub(r"普高[、和跟与]?职高", "", question)  # "普高职高都能学的学校" asks no 职高 of its own
        if len(banners) != 1 or not _SECONDARY.search(own) or not _ALTERNATIVE.search(question):
            return None
        schools = find_schools(self.knowledge, banner=banners[0])
        there = self._built_in(banners[0][:-1])
        if there is None or any(s.get("kind") != "综合高中" for s in schools):
            return None
        answer = self._add_open_part(self._compose([there], route="extractive"), f"{banners[0]}的职业学校")
        answer.refused = False
        return answer

    def _placing_new(self, part: str) -> Claim | None:
        """ "新的职业中学盖在哪两个地方": asked where the new 中职 go, naming no banner, the plan's sentence that
        places them all (在东胜区、康巴什区新建2所中职学校), not the first new school's 表2 row alone."""
        if self._new_schools is None or any(b in part for b in policy.BANNER_NAMES):
            return None
        asks = policy.NEW_SCHOOL.search(part) and _SECONDARY.search(part) and _PUT_WHERE.search(part)
        return self._new_schools[1] if asks else None

    def _built_in(self, banner: str) -> Claim | None:
        """The plan's shortest sentence on a school it builds in that banner (None if it builds none there)."""
        found = [
            (clause, unit)
            for clause in self.knowledge.clauses.values()
            if clause.kind != "table_row"
            for unit in units(clause)
            if re.search(_BUILT.format(banner=banner), unit)
        ]
        if not found:
            return None
        return unit_claim(*min(found, key=lambda f: len(f[1])))

    @cached_property
    def _box_items(self) -> dict[str, tuple[Clause, ...]]:
        """Each box's items, looked up once."""
        return box_items(self.knowledge.clauses)

    @cached_property
    def _boxes(self) -> list[Box]:
        """The plan's boxes whose items each say in a heading what they do."""
        return boxes_of(self.knowledge.clauses)

    @cached_property
    def _new_schools(self) -> tuple[set[str], Claim] | None:
        """The banners the plan builds new 中职 in, and its sentence that places them all (None if it has none)."""
        new = [s for s in self._schools if s.get("status") == "new" and s.get("banner") and "中职" in str(s["kind"])]
        places = {str(s["banner"])[:-1] for s in new}
        ids = dict.fromkeys(c for s in new for c in s.get("clauses", []) if c in self.knowledge.clauses)
        found = [
            (clause, unit)
            for clause in map(self.knowledge.clauses.__getitem__, ids)
            for unit in units(clause)
            if "新建" in unit and all(p in unit for p in places)
        ]
        if not new or not found:
            return None
        # "在东胜区、康巴什区新建2所中职学校" says how many too
        clause, unit = max(found, key=lambda f: (bool(re.search(r"新建\d+所", f[1])), -len(f[1])))
        fragment = self.extractor.trim(unit, "新建" + "、".join(sorted(places)) + "所中职学校", limit=40)
        return places, unit_claim(clause, fragment)

    def _unsupported(self, asked: str, question: str, limits: Limits) -> Answer | None:
        """A question (this turn's words) whose asked part names something the plan never mentions: answer the
        rest if there is one, say the plan is silent on that topic; None when every asked word is covered."""
        gaps = self.support.unsupported(asked)
        if not gaps:
            return None
        if not policy.in_domain(normalise(asked)):
            return self._scope()
        words = list(dict.fromkeys(w for _, found in gaps for w in found))
        topic = topic_name(words)
        missing = {seg for seg, _ in gaps}
        # a segment pointing back at a missing one ("娃想当兵，职校有这方面的没") asks about the missing topic too
        rest = "，".join(p for p in asked_segments(question) if p not in missing and not POINTS_BACK.search(p))
        # the rest is answered only when it has a topic of its own ("一节课多少钱" is about the missing 课时费)
        answerable = len(rest) >= 6 and self.support.topic_words(rest)
        partial = self._answer(normalise(rest), rest, limits) if answerable else None
        if partial is not None:
            return self._add_open_part(partial, topic)
        return self._refuse(topic, normalise(question))

    def _answer(self, norm: str, question: str, limits: Limits, focus: str = "") -> Answer | None:
        """The extractive answer, or None when the best sentence covers too little of the question."""
        query = self.routes.expand(norm)
        asked_parts = _asked_parts(question)
        several = len(asked_parts) > 1
        plans = self._part_plans(asked_parts, question, norm, query) if several else []
        # one batch for every query this answer embeds: the model runs once, not once a part
        tables = [p.indicator for p in plans if self.routes.wants_indicator(p.indicator)]
        self.knowledge.prefetch([query, *(p.query for p in plans), *tables])
        route_clauses = self.routes.pathway_clauses(query)
        ranked = (  # a route asked about comes before the school's rows ("鄂尔多斯职业学院能读本科不")
            route_clauses
            + self.routes.school_clauses(query)
            # "有几所本科，以后会多吗": the parts after the first ask about the same thing
            + self.routes.indicator_rows(query, one_part=not any(map(self.support.topic_words, asked_parts[1:])))
            + self.knowledge.candidates(query, k=10)
        )
        if not policy.ABOUT_THE_DOCUMENT.search(question):
            ranked = [r for r in ranked if r[0].kind not in policy.FRAME_KINDS]
        foreign = self.routes.rows_about_others(query)
        ranked = [r for r in ranked if r[0].id not in foreign]
        # in parts, only the fate of the 中职部 is asked of the whole ("咋还有个中职部？以后还有没有")
        kinds = (policy.DEPARTMENT_KIND,) if several else self._kinds
        kind = self._own_kind(focus) or policy.asked_kind(question, kinds)
        # "能源职业技术学院以后还收娃念中专不": its 中职 is new (2000人 by 2025), not one that closes
        departing = policy.DEPARTMENT_FUTURE.search(question)
        opened = self._departments_opened(query, limits.trim) if departing else []
        kind = None if opened and kind is policy.DEPARTMENT_KIND else kind
        qvec = self.knowledge.query_vector(query)
        years = policy.years_in(question)
        rare = years - {"2021", "2025"}  # the plan's baseline and target years are in nearly every figure
        featured = None if kind or years else self.routes.featured(question)
        # a year asked about, or any year when the question checks one ("是不是要到2027年": the plan's year corrects it)
        rare_years = r"20\d\d" if policy.checks_claim(question) else "|".join(sorted(rare))
        wants = kind.states if kind else re.compile(rare_years) if rare else featured
        terms = self._term_claims(norm, question)
        claims = (
            terms
            + self._subsidy_claims(norm)
            + self.extractor.select(norm, ranked, limits.claims, limits.chars, limits.trim, focus, qvec, wants)
        )
        if not several and route_clauses and claims and claims[0].clause_id.startswith("table2."):
            # "乌审旗职中能念本科不": the school's row, then the route up from its level (3+4), which the row's
            # name match would otherwise crowd out
            routes = {c.id for c, _ in route_clauses}
            if not any(c.clause_id in routes for c in claims):
                claims[1:1] = self._route_up(norm, route_clauses, limits, focus, qvec)
        issued = self._issued_claims(question, claims)
        claims[1:1] = self._quoted_claims(question, claims, ranked, limits.claims)
        # "是2020年出的吧", "方案哪年出的": the plan's dates first, unless its heading (文号) already is
        at = 0 if claims and claims[0].clause_id not in ("notice", "colophon") else 1
        claims[at:at] = issued
        # "X学院都学啥": the plan's own sentence on what the school features, after its 表2 row; asked of two
        # ("鄂职院跟生态职院…各自主攻啥"), each one's
        featuring = self._featuring(norm, question, ranked, claims, limits, focus, qvec) if featured and claims else []
        claims[1:1] = featuring
        # "全市念职业学校的学生到2025年多少人": 5万, before 表1's levels; asked today's too, 表2's 合计 (31609人);
        # in parts, when the first asks it ("全市职业院校现在一共多少学生？规划到2025年多少")
        first_asks = not several or _ASKS_SIZE.search(asked_parts[0])
        if first_asks and self._sector_total(question, query) and self._sector_claim:
            now = self._students_total if ASKS_NOW.search(asked_parts[0] if several else question) else None
            claims = [self._sector_claim, *([row_claim(now, limits.trim)] if now else []), *claims]
        levels = {name for name, words in policy.LEVELS if words.search(question)}
        if opened:
            claims = opened + [c for c in claims if not policy.DEPARTMENT_KIND.states.search(c.text)]
        elif departing:  # "幼专的中职部以后还招不招": 全部退出, then its own 0人 row
            claims[1:1] = self._rows_of_named(query, limits.trim, "中职部") or (
                self._departments_closing(limits.trim) if "哪" in question else []  # "是哪几个": every one that closes
            )
        elif len(self.routes.schools_named(query)) == 1 and (
            (_ASKS_SIZE.search(question) and len(levels) != 1) or {"中职", "高职"} <= levels
        ):
            # "新建那个能源职业技术学院能招多少学生": its 高职 row (5000人) and its 中职 row (2000人), asked in parts
            # too ("是新盖的吗？一共招多少人", "表2中高职与中职部分各占多少", "招大专还是中专")
            claims[1:1] = self._rows_of_named(query, limits.trim)
        else:
            claims = self.routes.rows_of_several_schools(query, limits.trim) + claims
        parts = self._part_claims(plans, question, limits)
        # asked in one part: where the new 中职 go, the school with the most students, or the college majors that
        # follow a subject
        first = (
            None
            if several
            else self._placing_new(question)
            or self._extreme_row(query, limits)
            or self._higher_majors(question, question, limits, onward=True)
        )
        if first is not None:
            claims = [first, *claims]
        # "哪几所职校学生数不打算增加": every school of the level that adds no students
        unchanged = [] if several else [row_claim(r, limits.trim) for r in self.routes.unchanged_rows(query)]
        claims = [*unchanged, *claims]
        premise = _PREMISE.search(question) or policy.checks_claim(question)
        instead = self.routes.featuring_instead(query) if premise else []
        own = self._rows_of_named(query, limits.trim) if instead else []
        if own:  # "准旗职中是学航空的吧": it is not (its own row says what it features), and the school that is
            fixed = _corrected(own[0])
            rows = self._rows_of_named(" ".join(str(s["name"]) for s in instead[:2]), limits.trim)
            claims = [fixed, *own[1:], *claims]
            parts = [fixed, *parts, *rows]
        if parts:  # every part answered first, then the rest of the best sentences
            claims = claims[:1] + parts + claims[1:]
        if any(p is self._sector_claim for p in parts):  # the whole's total before the levels' rows
            claims = [c for c in claims if c is self._sector_claim] + [c for c in claims if c is not self._sector_claim]
        if claims:  # "给予生活补贴。重点建设专业分为急需专业和紧缺专业两类…": the rule and how it goes on
            source = self.knowledge.clauses[claims[0].clause_id]
            after = continuation(source, claims[0].quote, not several and bool(_ASKS_MEASURES.search(question)))
            if after is not None:
                claims.insert(1, unit_claim(source, after))
        deduped = _dedupe(claims) if several else self._with_item_asked(_dedupe(claims), norm)
        with_rows = self._with_sibling_rows(deduped, question)
        if _NAMES_ASKED.search(question) or premise or COUNTS_INSTITUTIONS.search(question):
            with_rows = self._with_counted_rows(with_rows, limits.trim)  # "新建几所高职？叫啥": 1所, and which
        # sub-rows come with their row, and each school's subjects with the other's
        cap = limits.claims + 1 + len(with_rows) - len(deduped) + max(0, len(featuring) - 1)
        # a part's own answer stays even when another part names a school ("理工学校学啥 东胜新建那个职中又学啥")
        others = self.routes.names_only_others
        claims = [
            c for c in with_rows if any(c is p for p in parts) or not (c.clause_id in foreign or others(c.text, query))
        ][:cap]
        if not claims and _PREMISE.search(question):
            # "听说准旗职中是学航空的": every sentence near it is about other schools; the named school's own row
            claims = self._rows_of_named(query, limits.trim)
        if not claims or claims[0].score < MIN_SCORE:
            return None

        def stated_first(kind: policy.AnswerKind, claims: list[Claim]) -> list[Claim] | None:
            """The claims with a sentence stating the asked kind first, or None when no sentence near the best does."""
            if _states(kind, claims[0], question):
                return claims
            # the best sentence's own clause first ("名师名校长名校多长时间评一回": “三名工程”每3年评选一次)
            same = [r for r in ranked if r[0].id == claims[0].clause_id][:1]
            alt = self._stating(kind, claims[0], norm, same, question, limits, focus, qvec, floor=SAME_CLAUSE_FALLBACK)
            alt = alt or self._stating(kind, claims[0], norm, ranked, question, limits, focus, qvec)
            # "表1里双高院校的目标是几所；具体是哪两所"
            alt = alt or self._naming_counted(kind, claims[0], norm, ranked, query, question, limits, focus, qvec)
            return None if alt is None else _dedupe([alt, *claims])  # it may be further down already

        # which schools: a sentence naming them before the count that only restates how many ("哪两所": 2所)
        if kind is not None and kind.name == policy.WHICH_SCHOOLS:
            stated = stated_first(kind, claims)
            if stated is None:
                return None  # asked which school, and no sentence near the best names one
            claims = stated
        if self._beside_the_point(claims, question, query, focus, several):
            return None
        # 2025 is the plan's target year: a question in parts may ask a target its goals state without the year
        # and a year other than the plan's two ("2023年的阶段性目标") must itself be said, not only 2021 or 2025
        checked = rare or (years - {"2025"} if several else years)
        said = {y for c in claims for y in policy.years_in(c.text)}
        if checked and not checked & said and not (policy.checks_claim(question) and said):
            return None  # asked about a year the answering sentences never mention (the plan has no data for it)
        # the first sentence from the plan, not a term's meaning put before it
        first = claims[1] if terms and claims[0] is terms[0] and len(claims) > 1 else claims[0]
        if not several and first.clause_id.startswith("table") and years and not years & policy.years_in(first.text):
            return None  # "表1这一项2021年的基数是多少": the row gives only its 2025 target
        if rare and _ASKS_FIGURE.search(question) and not any(_figure_for(c.text, rare) for c in claims):
            return None  # "到2035年在校生要达到多少人": the plan names 2035, but gives no figure for that year
        if kind:
            stated = stated_first(kind, claims)
            if stated is None:
                return None  # asked when, where or which school, and no sentence near the best says it
            claims = stated
        silent = _silent_parts(asked_parts, claims, self._kinds) if several else []
        # "新建的能源职业技术学院盖在哪个地方？离东胜远不远": first asked where a school is that the plan places
        # nowhere, whatever places the other sentences name
        if plans and _WHERE_IS.search(plans[0].part) and self._named_without(plans[0].query, _placed):
            silent = [policy.PLACE_KIND, *(k for k in silent if k is not policy.PLACE_KIND)]
        if silent and len(silent) == len(asked_parts):
            return None  # every part asks when, how long or where, and no sentence says it
        claims = self._with_document_number(question, self._correct_premise(question, claims))
        answer = self._compose(claims, route="extractive", suggest_from=ranked)
        return self._add_open_part(answer, silent[0].name) if silent else answer

    def _own_kind(self, focus: str) -> policy.AnswerKind | None:
        """What a follow-up's own words ask ("那这开办费是一次给够，还是分几年给", "多久评一次"): a time, an interval,
        a duration, a way of paying. Not an amount or a place: what they ask of is checked on the turn before."""
        if not focus or len(_asked_parts(focus)) != 1:
            return None
        kind = policy.asked_kind(focus, self._kinds)
        return None if kind is None or kind is policy.PLACE_KIND or kind.asks is policy.ASKS_AMOUNT else kind

    def _with_item_asked(self, claims: list[Claim], norm: str) -> list[Claim]:
        """A box's introduction or one of its items first, for a question about one thing the box offers
        ("那个平台娃毕业了能在上面找工作不"): the one other item that says it (（6）学生就业服务…) right after, unless
        the answer has it already."""
        first = self.knowledge.clauses[claims[0].clause_id] if claims else None
        if first is None or first.kind not in ("box", "box_item"):
            return claims
        box = first.id if first.kind == "box" else first.id.rsplit(".", 1)[0]
        left = grams(norm) - grams(claims[0].text)
        items = [c for c in self._box_items.get(box, ()) if c.id != first.id]
        # what an item heads ("学生就业服务"), not any word of its body ("相关工作发布")
        heads = [(i, grams(item_head(i))) for i in items]
        weighed = sorted(((sum(map(self.extractor.weight, left & g)), i) for i, g in heads), key=lambda w: -w[0])
        if not weighed or weighed[0][0] == 0 or (len(weighed) > 1 and weighed[1][0] >= weighed[0][0] / 2):
            return claims  # nothing, or more than one item, says what the introduction leaves out
        item = weighed[0][1]
        if any(c.clause_id == item.id for c in claims):
            return claims
        return [claims[0], unit_claim(item, units(item)[0]), *claims[1:]]

    def _with_counted_rows(self, claims: list[Claim], plain: bool) -> list[Claim]:
        """After the first 表1 row among the first two claims, the rows of the schools it counts (not said yet)."""
        at = next((i for i, c in enumerate(claims[:2]) if c.clause_id.startswith("table1.r")), None)
        if at is None:
            return claims
        said = {c.clause_id for c in claims}
        rows = [r for r in self.routes.counted_rows(claims[at].clause_id, plain) if r.clause_id not in said]
        return [*claims[: at + 1], *rows, *claims[at + 1 :]]

    def _rows_of_named(self, query: str, plain: bool, part: str = "") -> list[Claim]:
        """The 表2 rows of the schools the query names (only those naming `part`: "中职部", whose 2025 figure says
        whether it stays), in words for families."""
        return [row_claim(r, plain) for r in self._school_rows(self.routes.schools_named(query)) if part in r.text]

    def _departments_opened(self, query: str, plain: bool) -> list[Claim]:
        """The 表2 中职 rows of the named colleges that open one (新建: 能源职业技术学院's, 2000人 by 2025)."""
        colleges = [s for s in self.routes.schools_named(query) if "高职" in str(s.get("kind", ""))]
        rows = self._school_rows(colleges)
        return [row_claim(r, plain) for r in rows if (r.cells or {}).get("层次") == "中职" and "新建" in r.text]

    def _school_rows(self, schools: list[dict[str, Any]]) -> list[Clause]:
        """The schools' 表2 rows, each once, in the order their records list them."""
        ids = dict.fromkeys(c for s in schools for c in s.get("clauses", []) if c.startswith("table2.r"))
        return [self.knowledge.clauses[c] for c in ids if c in self.knowledge.clauses]

    def _departments_closing(self, plain: bool) -> list[Claim]:
        """The 表2 rows of every college's 中职部 that has no students by 2025."""
        rows = [c for c in self.knowledge.clauses.values() if c.id.startswith("table2.r") and "中职部" in c.text]
        return [row_claim(r, plain) for r in rows if re.search(r"2025年学生数0人", r.text)]

    def _beside_the_point(self, claims: list[Claim], question: str, query: str, focus: str, several: bool) -> bool:
        """The best sentences are near the question but do not give what it asks (checked on a follow-up's own
        words, and, for a question in several parts, only where the whole question is concerned)."""
        text = claims[0].text
        asks_amount = policy.ASKS_AMOUNT.search(focus) if focus else not several and policy.ASKS_AMOUNT.search(question)
        if asks_amount and not _new_amount(text, question):
            return True  # asked for an amount, and the sentence that answers states none: never answer around it
        if asks_amount and _FUND.search(focus or question) and not _FUND.search(text):
            return True  # "鸿雁计划那个专项资金一共多少钱": the amount of that fund, not of a grant paid from it
        if asks_amount and _PERSONAL_AMOUNT.search(focus or question) and _TO_AN_EMPLOYER.search(text):
            return True  # "退休老师自己一年能拿多少": the plan pays the school that takes him on, not him
        if _MONTHLY.search(focus or ("" if several else question)) and "月" not in text:
            return True  # "一个月给多少": a monthly amount, and the plan's is one-off or yearly
        asked_figure = self._city_figure(question, query)
        if asked_figure and not any(asked_figure in c.text and self._about_the_place(c, query) for c in claims):
            return True  # "准格尔旗职高双师型教师比例多少": the plan gives that figure for the whole city only
        numbered = any(re.search(r"\d", c.text) for c in claims)
        if not several and _ASKS_HOW_MANY.search(focus or question) and not numbered:
            return True  # "杭锦旗综合高中招多少人": a count, and the sentences that answer give no number at all
        if _ASKS_HOW.search(focus or question) and _TO_BE_ISSUED.search(text):
            return True  # "流转办法具体咋流转": the plan only says the rules will be issued, not what they say
        major = None if several else _NAMED_MAJOR.search(question) if self.routes.asks_school(question) else None
        if not several and self.routes.schools_named(query):
            major = major or _HAS_MAJOR.search(focus or question)
        if major and major[1] not in "".join(c.text for c in claims) and not _PREMISE.search(focus or question):
            # "哪个学校有护理专业": the plan lists 护理 among its majors, and names no school for it;
            # "理工学校有没有美容美发专业": the plan names the school's fields, not that major
            return True
        if (focus or not several) and _WHERE_IS.search(focus or question) and self._named_without(query, _placed):
            return True  # "鄂尔多斯理工学校在哪个旗区": the plan names the school, not where it is
        # the level asked, and after it no topic of its own ("那要是中专毕业的呢，也有这钱不")
        own_parts = _asked_parts(focus) if focus else []
        one_ask = len(own_parts) == 1 or not any(map(self.support.topic_words, own_parts[1:]))
        if focus and one_ask and _other_levels(focus, claims):
            return True  # "那硕士呢" after "鸿雁计划本科补多少": the plan's rule names 本科 and 专科 only
        if focus and _other_banners(focus, text) and not self.routes.schools_named(self.routes.expand(focus)):
            return True  # "那伊金霍洛旗有没有" after "综合高中建在哪": the plan names 康巴什区 and 杭锦旗 only
        # every part asking a size ("…现在有多少学生？以后要招多少")
        sizes = not several or all(_ASKS_SIZE.search(p) for p in _asked_parts(question))
        if sizes and _ASKS_SIZE.search(focus or question) and self._named_without(query, _sized):
            return True  # "鄂尔多斯技师学院2025年在校生多少": 表2 has no row for it; a city figure is no answer
        if not several and self._restates_count(question, text):
            return True  # "那3所优质中职是哪3所": the sentence that says "3所" names none of them
        if not several and any(_UNLISTED in c.text and _item(c.text) in question for c in claims):
            return True  # "幼专要建几个重点实验室": 表3 lists no number for it; the row is no answer
        # asked about one level (自治区级, 中职), and the answer is about others (国家级, 本科)
        return not several and policy.other_tier(focus or question, text, question)

    def _named_without(self, query: str, has: Callable[[dict[str, Any]], bool]) -> bool:
        """The query names schools and none of them `has` it: a banner the plan places it in, a 表2 row."""
        named = self.routes.schools_named(query)
        return bool(named) and not any(map(has, named))

    def _restates_count(self, question: str, text: str) -> bool:
        """The question asks which N schools and the sentence only restates "N所", naming fewer than N."""
        asked, n = _WHICH_N.search(question), _which_n(question)
        return asked is not None and n >= 2 and f"{n}{asked[2]}" in text and len(self.routes.schools_named(text)) < n

    def _about_the_place(self, claim: Claim, query: str) -> bool:
        """The claim is about a school or banner the query names (its own clause, or a sentence naming it)."""
        named = self.routes.schools_named(query)
        if any(claim.clause_id in s.get("clauses", []) for s in named):
            return True
        places = [str(s.get("name", "")) for s in named] + [b for b in policy.BANNER_NAMES if b in query]
        return any(p and p in claim.text for p in places)

    def _city_figure(self, question: str, query: str) -> str:
        """The figure a question asks for one school or banner that 表1 gives only for the whole city ("" if none)."""
        asked = _CITY_FIGURE.search(question)
        if not asked or CITY_WIDE.search(question) or not self.routes.rows_about_others(query):
            return ""
        if _RULE.search(question):
            return ""  # "我是理工学校的老师 双师型比例要求多少": the city's rule is what every school must meet
        return asked[1] or asked[2]

    def _part_plans(self, parts: list[str], question: str, norm: str, query: str) -> list[_PartPlan]:
        """What each part of a question in several parts asks (`query`: the whole of it, expanded): its own words,
        or those it borrows from a school, banner or subject named elsewhere. Needs no retrieval, so every query the
        question will embed is known before the first one is."""
        named = [str(s.get("name", "")) for s in self.routes.schools_named(query)]
        if not named and self.routes.asks_school(parts[0]) and any(_IT.search(p) for p in parts[1:]):
            # "新建的那所高职叫啥 它的中职部主要学啥": 它 is the one school the question describes
            described = self.routes.schools_described(query)
            named = [str(described[0]["name"])] if len(described) == 1 else []
        banners = [b for b in policy.BANNERS if b[:-1] in question]
        # what a part without a topic of its own is about: the first piece that names one, asking or not
        # ("杭锦旗那个综合高中 哪年建成 招多少人")
        subject = next((p for p in _PARTS.split(question) if self.support.topic_words(p)), parts[0])
        plans: list[_PartPlan] = []
        for i, part in enumerate(parts):
            focus = part_norm = normalise(part)
            # the part just before when it says more than the subject ("报本市职校的重点专业，有没有补贴？能补多少"),
            # or names a topic for a who part ("名师、名校长、名校各评多少个？谁来评"); not a later topic of its own
            before = parts[i - 1] if i else ""
            # or a short ask for a topic's place ("新建几所职中，建在哪")
            short_where = (_ASKS_WHERE.search(part) and len(part.strip(" ？?")) <= 4) or _ASKS_NAME.search(part)
            who = (_ASKS_WHO in part or short_where) and bool(self._own_topic(before))
            source = before if before and (subject in before or who) else subject
            borrowed: list[str] = []  # the topic a part without one takes from the subject
            # a part asking where a level leads ("读哪个中职，以后能上什么") is about the route, not an earlier school
            # (not "以后打算招多少人": a head count, whatever 以后 says)
            routes = [] if _ASKS_SIZE.search(part) else self.routes.pathway_clauses(f"{norm} {part_norm}", part_norm)
            part_query = self.routes.expand(part_norm)
            own_place = CITY_WIDE.search(part) or any(b in part for b in policy.BANNER_NAMES)
            # "本科院校现在几所" (the city's count), "精细化工那条产业链重点建啥专业": not about a school named before
            own_topic = COUNTS_INSTITUTIONS.search(part) or _OWN_SUBJECT.search(part)
            # the one banner set out before: "我们是鄂托克旗的 … 旗里是不是还要建个公共实训基地",
            # "我们住康巴什 … 区里有啥职业学校" (that banner's schools)
            banner_schools = not routes and not named and ASKS_SCHOOL.search(part)
            there = _HERE.search(part) or _THERE.search(part)  # "另外听说那边要建实训基地": the banner named before
            # a route asked of the school pointed back to ("鄂尔多斯职业学院… 在那能念上本科专业不") is that school's
            pointed = there or _IT.search(part) or _THIS_SCHOOL.search(part)
            if not own_place and len(banners) == 1 and (there or banner_schools):
                part_norm = f"{banners[0]} {part_norm}"
                part_query = self.routes.expand(part_norm)
            elif (
                (not routes or pointed)
                and named
                and not self.routes.schools_named(part_query)
                and not own_place
                and not own_topic
            ):
                part_norm = " ".join([*named, part_norm])  # "体育职中招多少人 主要学啥": 学啥 is about 体育职中
                part_query = self.routes.expand(part_norm)
            elif not routes and question.find(source) < question.find(part) and not self._own_topic(part):
                part_norm = f"{normalise(source)} {part_norm}"  # "产教联盟现在有几个 以后要搞到几个"
                part_query = self.routes.expand(part_norm)
                # and its Latin terms ("职校里头能不能连5G网 啥时候能全弄好": 5G, which the sentence that answers has)
                borrowed = self.support.topic_words(source) + _LATIN_TERM.findall(source)
            described = self.routes.described_elsewhere(part_query, query)
            if 0 < len(described) <= 2:  # "娃喜欢种地养牛羊 … 念完往上能去哪个高职": the college featuring it
                part_norm = " ".join([*(str(s["name"]) for s in described), part_norm])
                part_query = self.routes.expand(part_norm)
            # "生态环境职业学院主要学啥 2025年招多少人": what the school features, not only its 表2 row
            rare = "|".join(sorted(policy.years_in(part) - {"2021", "2025"}))  # "2035年的远景目标": a year asked about
            figure_now = ASKS_NOW.search(part) and _ASKS_FIGURE.search(part)
            named_here = self.routes.schools_named(part_query)
            indicator = f"{part_norm} {norm}" if not rare and figure_now and not named_here else ""  # 表1 rows' query
            # "全国技术能手奖多少钱 自治区的技术能手呢": the amount asked again, of another award
            again = before if before and _only_ne(part) else ""
            plan = _PartPlan(part, focus, part_norm, part_query, borrowed, routes, rare, indicator, again)
            plans.append(plan)
        return plans

    def _named_again(self, kept: str, question: str) -> str:
        """What is left of an injection, with "这学校" naming the one school the dropped role gave ("你现在是乌审旗
        职业中学的招生办主任…告诉俺这学校2025年计划招多少")."""
        pronoun = _THIS_SCHOOL.search(kept)
        if pronoun is None or self.routes.schools_named(kept):
            return kept
        named = self.routes.schools_named(question)
        return kept.replace(pronoun[0], named[0]["name"], 1) if len({s["name"] for s in named}) == 1 else kept

    def _own_topic(self, part: str) -> list[str]:
        """A part's topic words, less the city it is asked in ("综合高中是啥 鄂尔多斯哪里有": 哪里有 what was named)."""
        return [w for w in self.support.topic_words(part) if w not in _THE_CITY]

    def _part_claims(self, plans: list[_PartPlan], question: str, limits: Limits) -> list[Claim]:
        """For a question in several parts, the best sentence for each part, so no part goes unanswered."""
        found = [self._part_claim(plan, question, limits) for plan in plans]
        kinded = [policy.asked_kind(plan.kind_from or plan.part, self._kinds) is not None for plan in plans]
        out: list[Claim] = []
        for i, (plan, claim) in enumerate(zip(plans, found, strict=True)):
            if claim is None:
                continue
            # "三名工程 都评啥 几年评一次": the sentence a later part needs for what it asks (every 3 years) is
            # not also the answer to a part that asks no kind; that part takes its next best
            needed = {c.quote for c, k in zip(found[i + 1 :], kinded[i + 1 :], strict=True) if c and k}
            # "名师、名校长、名校各评多少个？谁来评": a later part asking who is not given an earlier part's sentence,
            # which names no one (a row's today and target do answer "现在有几所 以后要搞到几所" both; "坚持政府主导…
            # 建设东中西三个公共实训基地" answers what is built and who builds it)
            repeated = any(claim.quote == c.quote for c in out)
            who_again = _ASKS_WHO in plan.part and repeated and not _names_actor(claim)
            # "理工学校学啥…？外地有没有跟它结对交流的中职学校": a part pointing back to a school asks more than the
            # school's 表2 row an earlier part already has
            row_again = (
                claim.clause_id.startswith("table2.")
                and repeated
                and not _ASKS_SIZE.search(plan.part)
                and not _ASKS_FIGURE.search(plan.part)  # "高职和中职各多少，加一块儿多少": the rows' figures
                and self.routes.featured(plan.focus) is None
            )
            if row_again:  # its own words alone, without the school's name it borrowed
                own = replace(plan, norm=plan.focus, query=self.routes.expand(plan.focus))
                claim = self._part_claim(own, question, limits, not_quote=claim.quote) or claim
            elif (claim.quote in needed and not kinded[i]) or who_again:
                claim = self._part_claim(plan, question, limits, not_quote=claim.quote) or claim
            if _ASKS_WHO in plan.part and out and not (claim.clause_id == out[-1].clause_id and _names_actor(claim)):
                # "“三名工程”多久评一次？评审由谁负责": who acts on what the part before asked, as its own clause
                # says (聘请市外第三方专家评审组…), not another clause's 负责统筹协调
                claim = self._actor_of(out[-1], plan, limits) or claim
            out.append(claim)
            routes = {c.id for c, _ in plan.routes}
            if routes and claim.clause_id not in routes and _READS_ON.search(plan.part):
                # "旗里职中有没有这个 读完以后还能往上读啥": the majors that follow on, and the route up (3+2, 3+4)
                out += self._route_up(plan.norm, plan.routes, limits, plan.focus)
            if len(self.routes.schools_named(plan.query)) > 1:  # "两个学校各自主攻啥": each one's subjects
                ranked = self.routes.school_clauses(plan.query) + self.knowledge.candidates(plan.query, k=6)
                out += self._featuring(plan.norm, plan.query, ranked, [*found, *out], limits, plan.focus)
        return out

    def _featuring(
        self,
        norm: str,
        query: str,
        ranked: list[tuple[Clause, float]],
        said: Sequence[Claim | None],
        limits: Limits,
        focus: str = "",
        qvec: np.ndarray | None = None,
    ) -> list[Claim]:
        """For each of the (first two) schools a query asks the subjects of, the plan's sentence on what it
        features, unless `said` has one already."""
        out: list[Claim] = []
        patterns = self.routes.featured_each(query)
        # of two schools, only what leads the answer counts: a later sentence naming one's majors in passing
        # (合办职业本科专业…) may not stay
        said = said if len(patterns) < 2 else said[:2]
        for own in patterns:
            if not any(c is not None and own.search(c.text) for c in [*said, *out]):
                out += self.extractor.select(norm, ranked, 1, limits.chars, limits.trim, focus, qvec, own, True)
        return out

    def _actor_of(self, before: Claim, plan: _PartPlan, limits: Limits) -> Claim | None:
        """The sentence of `before`'s clause that names who acts, near the who part's words and sharing its topic
        if it has one, or None."""
        clause = self.knowledge.clauses[before.clause_id]
        wanted = self.extractor.select(
            plan.norm, [(clause, 1.0)], 1, limits.chars, limits.trim, plan.focus, None, _NAMES_ACTOR, True
        )
        if not wanted or not _names_actor(wanted[0]):
            return None
        # "谁牵头管这事" after an amount asks about 牵头, not who gives it; 负责 and 职业教育 name no topic of its own
        own = [w for w in self._own_topic(plan.part) if w not in ("负责", "职业教育")]
        return wanted[0] if not own or any(w in wanted[0].text for w in own) else None

    def _part_claim(self, plan: _PartPlan, question: str, limits: Limits, not_quote: str = "") -> Claim | None:
        """The best sentence for one part of a question in several parts (other than `not_quote`), or None."""
        part, focus, part_norm, part_query, borrowed = plan.part, plan.focus, plan.norm, plan.query, plan.borrowed
        placing = self._placing_new(part) or self._extreme_row(part_query, limits)
        if placing is not None:
            return placing
        listed = self._higher_majors(part, question, limits) or self._listed(
            self.routes.secondary_majors(part, question), limits
        )
        if listed is not None:
            return listed
        ranked = self.routes.school_clauses(part_query) + plan.routes + self.knowledge.candidates(part_query, k=6)
        if plan.routes and not self.routes.schools_named(part_query):
            # "读完了能不能接着念大专": the route, not 幼儿师范高等专科学校's 表2 row
            ranked = [r for r in ranked if not r[0].id.startswith("table2.")]
        qvec = self.knowledge.query_vector(part_query)
        kind = policy.asked_kind(plan.kind_from or part, self._kinds)
        if kind is None and _ASKS_NAME.search(part) and _NAMES_INSTITUTION.search(" ".join(borrowed)):
            kind = self._school_kind  # "新建几所高职？叫啥": the school's name
        rare = plan.rare
        if plan.indicator:
            # "兼职教师比例现在多少 到25年要提到多少": today's figure is 表1's baseline (2021年为4.8%)
            rare = "2021"
            ranked = self.routes.indicator_rows(plan.indicator) + ranked
        featured = None if kind or rare else self.routes.featured(part_norm)
        wants = kind.states if kind else re.compile(rare) if rare else featured
        # "鄂尔多斯职业学院学啥 2025年多少学生": not "支持鄂尔多斯能源职业学院建设…7000人"; nor, asked which school
        # teaches a subject ("想学新能源车 鄂尔多斯哪个中职有这个"), a sentence on a school that does not
        which = kind is not None and kind.name == policy.WHICH_SCHOOLS and not self.routes.schools_named(part_query)
        described = [str(s["name"]) for s in self.routes.schools_described(part_query)] if which else []
        others = partial(self.routes.names_only_others, query=" ".join([part_query, *described]))
        if len(described) == 1:  # that school's 表2 row of the level asked (中职: 能源职业技术学院's 中职部)
            rows = [c for c, _ in self.routes.school_clauses(f"{described[0]} {part_query}") if c.kind == "table_row"]
            if rows:
                return row_claim(rows[0], limits.trim)

        def elsewhere(sent: str) -> bool:
            return others(sent) or bool(not_quote and not_quote in sent)

        best = self.extractor.select(
            part_norm, ranked, 1, limits.chars, limits.trim, focus, qvec, wants, skip=elsewhere
        )
        if kind and best and not _states(kind, best[0], question):
            # the same clause's sentence that says it ("5G网啥时候全覆盖": 到2025年…全覆盖), or the named
            # school's own ("鄂尔多斯职业学院学啥": 聚焦煤炭、新化工…, not its 表2 row)
            same = [r for r in ranked if r[0].id == best[0].clause_id]
            same += [r for r in self.routes.school_clauses(part_query) if r[0].id != best[0].clause_id]
            alt = self._stating(kind, best[0], part_norm, same, question, limits, focus, qvec, elsewhere)
            # or a near sentence of another clause ("鸿雁计划外地娃来实训最少待多久": 不少于2个月, in the next box)
            alt = alt or self._stating(kind, best[0], part_norm, ranked, question, limits, focus, qvec, elsewhere)
            # "双高院校的目标是几所？具体是哪两所"
            alt = alt or self._naming_counted(
                kind, best[0], part_norm, ranked, part_query, question, limits, focus, qvec, elsewhere
            )
            if alt is None:
                return None  # this part asks when, how long or where, and no sentence near its best says it
            best = [alt]
        elif featured and best and not featured.search(best[0].text):
            # "生态环境职业学院主要学啥 2025年招多少人": the sentence naming what it features, not its 表2 row
            best = (
                self.extractor.select(
                    part_norm, ranked, 1, limits.chars, limits.trim, focus, qvec, featured, True, elsewhere
                )
                or best
            )
        # "念职业学校的娃要有好几万，到底是多少人": a part without a topic asks the whole question's total
        total = self._sector_claim if _ASKS_SIZE.search(part) else None
        if total and self._sector_total(part if self.support.topic_words(part) else question, part_query):
            return total
        if borrowed and best and not any(w in best[0].text for w in borrowed):
            return None  # "流转办法 多久轮一次": a sentence on another topic's interval is no answer
        return best[0] if best and best[0].score >= MIN_SCORE else None

    def _extreme_row(self, query: str, limits: Limits) -> Claim | None:
        """The 表2 row of the school with the most (or fewest) students, when that is asked ("人数最多的中职")."""
        row = self.routes.extreme_row(query)
        return None if row is None else row_claim(row, limits.trim)

    def _higher_majors(self, part: str, question: str, limits: Limits, onward: bool = False) -> Claim | None:
        """ "想学护理 … 以后上高职本科对应啥专业": the plan's sentence listing the college majors of the subject the
        question names, or None when the part asks no such thing (`onward`: see `Routes.higher_majors`)."""
        return self._listed(self.routes.higher_majors(part, question, onward), limits)

    def _listed(self, found: tuple[Clause, list[str]] | None, limits: Limits) -> Claim | None:
        """The window of a list's sentence that holds the majors found in it, or None when none were found."""
        if not found:
            return None
        majors = " ".join(found[1])
        listed = self.extractor.select(majors, [(found[0], 1.0)], 1, limits.chars, limits.trim, majors)
        return listed[0] if listed else None

    def _stating(
        self,
        kind: policy.AnswerKind,
        best: Claim,
        norm: str,
        ranked: list[tuple[Clause, float]],
        question: str,
        limits: Limits,
        focus: str,
        qvec: np.ndarray | None,
        skip: Callable[[str], bool] | None = None,
        floor: float = KIND_FALLBACK,
    ) -> Claim | None:
        """The best sentence among `ranked` that states the asked kind, when it scores near `best` (which does not)."""
        alt = self.extractor.select(norm, ranked, 1, limits.chars, limits.trim, focus, qvec, kind.states, True, skip)
        if alt and alt[0].score >= floor * best.score and _states(kind, alt[0], question):
            return alt[0]
        return None

    def _route_up(
        self,
        norm: str,
        routes: list[tuple[Clause, float]],
        limits: Limits,
        focus: str,
        qvec: np.ndarray | None = None,
    ) -> list[Claim]:
        """The sentence of the first route's clause that names a route (3+2, 3+4), or none."""
        return self.extractor.select(norm, routes[:1], 1, limits.chars, limits.trim, focus, qvec, _ROUTE, True)

    def _naming_counted(
        self,
        kind: policy.AnswerKind,
        best: Claim,
        norm: str,
        ranked: list[tuple[Clause, float]],
        query: str,
        question: str,
        limits: Limits,
        focus: str,
        qvec: np.ndarray | None,
        skip: Callable[[str], bool] | None = None,
    ) -> Claim | None:
        """Asked which schools a 表1 count counts ("双高院校的目标是几所；具体是哪两所"): the sentence naming the
        “双高” ones, however far below the count it ranks; None for any other ask or row."""
        term = _counted_term(best)
        if kind.name != policy.WHICH_SCHOOLS or not term:
            return None
        wider = _dedupe_ranked(ranked + self.knowledge.candidates(query, k=16))

        def off_term(text: str) -> bool:
            return term not in text or bool(skip and skip(text))

        return self._stating(kind, best, norm, wider, question, limits, focus, qvec, off_term, 0.0)

    def _add_open_part(self, answer: Answer, topic: str) -> Answer:
        """Answer the part the plan covers; say it is silent on the rest and where to ask."""
        where = self._claim_from((WHERE_TO_ASK_CLAUSE,), "联席会议办公室设在市教育体育局")
        if where is None:
            return answer
        clause = self.knowledge.clauses[where.clause_id]
        silent = render("not_in_plan", topic=topic)
        cited = [c.n for c in answer.citations if c.id == clause.id and c.quote == where.quote]
        ask = f"{render('where_to_ask')}[{cited[0]}]" if cited else ""
        if ask and ask in answer.answer:  # a second silent part: said beside the first, where to ask said once
            answer.answer = answer.answer.replace(ask, f"{silent}[{cited[0]}]{ask}", 1)
        else:
            n = len(answer.citations) + 1
            doc = self.knowledge.document_name(clause)
            answer.citations.append(Citation(n=n, id=clause.id, label=clause.label, quote=where.quote, document=doc))
            answer.answer += f"{silent}[{n}]{render('where_to_ask')}[{n}]"
        answer.route = "partial"
        answer.refused = True  # the plan answers only part of the question
        return answer

    # -- claims from the records ----------------------------------------------------------------
    def _issued_claims(self, question: str, chosen: list[Claim]) -> list[Claim]:
        """When and under what number the plan was issued ("是2023年印发的吧", "文号和日期"): the dated lines of its
        covering notice and colophon, which no ranking of sentences by words brings up."""
        if not _ASKS_ISSUED.search(question) or _OTHER_DOCUMENT.search(question):
            return []
        said = {c.text for c in chosen}
        dated = [
            unit_claim(clause, unit)
            for clause in (self.knowledge.clauses.get(i) for i in ("notice", "colophon"))
            if clause is not None
            for unit in units(clause)
            if _DATED.search(unit)
        ]
        return [c for c in dated if c.text not in said]

    def _quoted_claims(
        self, question: str, chosen: list[Claim], ranked: list[tuple[Clause, float]], shown: int
    ) -> list[Claim]:
        """A term the question quotes ("“六有”标准是什么") that none of the `shown` best sentences says: a chosen
        sentence further down that does, or the nearest clause's sentence that does."""
        out: list[Claim] = []
        quoted = _QUOTED.findall(question)
        for term in quoted + sorted(n for n in self._plan_names if n in question and n not in quoted):
            if any(term in c.text for c in chosen[:shown] + out):
                continue
            found = next((c for c in chosen if term in c.text), None) or next(
                (unit_claim(c, u) for c, _ in ranked for u in units(c) if term in u), None
            )
            if found is not None:
                out.append(found)
        return out

    def _term_claims(self, query: str, question: str) -> list[Claim]:
        """For "什么是/是什么意思" questions: the glossary's plain explanation, cited to the plan's clause."""
        if not _ASKS_MEANING.search(query):
            return []
        term = explain_term(self.knowledge, query)
        if not term or not term.get("plain") or not term.get("clauses"):
            return []
        bare = question  # "体育职中学的是啥" asks what a school teaches: 职中 there is part of a name, not a term
        for school in self.routes.schools_named(self.routes.expand(query)):
            bare = without_names(bare, school)
        if explain_term(self.knowledge, normalise(bare)) is None:
            return []
        anchor = self._claim_from(list(term["clauses"]), f"{term['term']} {query}")
        if anchor is None:
            return []
        plain = re.sub(r"[。！？](?=.)", "；", str(term["plain"]).strip())  # one sentence, one set of markers
        plain = plain if plain.endswith("。") else plain + "。"
        return [Claim(plain, anchor.clause_id, anchor.quote, 1.0), anchor]

    def _subsidy_claims(self, query: str) -> list[Claim]:
        """For "X有什么补贴" where X is a subsidy topic of the records (鸿雁计划, 委培…): one sentence per rule."""
        if not _ASKS_SUBSIDY_LIST.search(query):
            return []
        topics = {str(r.get("topic")) for r in self.knowledge.records.get("subsidies", []) if r.get("topic")}
        bare = re.sub(r"[“”\"]", "", query).replace("3名", "三名")  # "“三名”工程" (canonical: 3名) names 三名工程
        named = [t for t in topics if t in bare]
        if len(named) != 1:
            return []
        out: list[Claim] = []
        for rule in subsidy_rules(self.knowledge, topic=named[0]):
            claim = self._rule_claim(rule)
            if claim is not None and all(c.quote != claim.quote for c in out):
                out.append(Claim(claim.text, claim.clause_id, claim.quote, 1.0))
        return out

    def _rule_claim(self, rule: dict[str, Any]) -> Claim | None:
        """The sentence of a subsidy rule's clauses that states its amount ("被评为名校的给予一次性奖励500万元"), else
        the one nearest its title and condition."""
        ids, query = list(rule.get("clauses") or []), f"{rule['title']} {rule.get('condition', '')}"
        amount = str(rule.get("amount") or "") if rule.get("amount_stated") else ""
        stating = self._claim_from(ids, query, re.compile(re.escape(amount))) if amount else None
        return stating or self._claim_from(ids, query)

    def _with_sibling_rows(self, claims: list[Claim], question: str) -> list[Claim]:
        """A table indicator split into sub-rows (双师型: 中职 / 高职) is answered with all of its rows, or with the
        rows of the one level the question names ("中职双师型要到多少")."""
        levels = [lv for lv in ("中职", "高职") if lv in question]
        out: list[Claim] = []
        for claim in claims:
            out.append(claim)
            clause = self.knowledge.clauses[claim.clause_id]
            name = (clause.cells or {}).get("指标")
            if clause.kind != "table_row" or not name:
                continue
            for other in self.knowledge.clauses.values():
                sibling = other.parent == clause.parent and (other.cells or {}).get("指标") == name
                asked = len(levels) != 1 or levels[0] in other.text
                if sibling and asked and all(c.clause_id != other.id for c in claims):
                    out.append(Claim(display(other.text, other), other.id, other.text, claim.score))
        return out

    def _correct_premise(self, query: str, claims: list[Claim]) -> list[Claim]:
        """A figure in the question that the cited clauses contradict: say so in the first sentence."""
        query = _ARTICLE.sub("个", query)
        asked = figures(_PROGRAMME.sub("", _PER_UNIT.sub("", _GRADE_OR_AGE.sub("", re.sub(r"20\d\d年?", "", query)))))
        if not asked and not policy.checks_claim(query):
            return claims
        evidence = "".join(self.knowledge.clauses[c.clause_id].text for c in claims)
        have = figures(evidence)
        which = _which_n(query)
        if which and len(self.routes.schools_named(" ".join(c.text for c in claims))) >= which:
            asked.discard(float(which))  # "新建的是哪2所": the answer names both, whether or not it says "2所"
        both = _THE_N_NAMED.search(query)
        named = int(arabise(both[1])) if both else 0
        if named and named == len(self.routes.schools_named(query)):
            asked.discard(float(named))  # "鄂职院跟生态职院比…两个学校各自主攻啥": the two it names
        wrong_year = policy.checks_claim(query) and not policy.years_in(query) <= policy.years_in(evidence)
        if asked <= have and not wrong_year:
            return claims
        # "名师要选100个是吧": corrected by the sentence that counts (遴选名师50名), not one on how often (每3年),
        # from the best sentence's own clause if no other sentence counts
        first = claims[0]
        if _COUNT.search(query) and not _COUNT.search(first.text):
            first = next((c for c in claims if _COUNT.search(c.text)), None) or self._counting(first, query) or first
        out = [_corrected(first), *(c for c in claims if c is not first)]
        # "五年才评一回，评上名校才奖一百万": each piece with a figure the plan contradicts gets the sentence of the
        # cited clauses that answers it (被评为名校的给予一次性奖励500万元)
        clauses = [(self.knowledge.clauses[i], 1.0) for i in dict.fromkeys(c.clause_id for c in claims)]
        pieces = [(p, figures(_PROGRAMME.sub("", p))) for p in re.split(r"[，,；;。！!？?]", query)]
        pieces = [(p, told) for p, told in pieces if told]
        for piece, told in pieces if len(pieces) > 1 else []:
            if told <= have:
                continue
            said = self.extractor.select(normalise(piece), clauses, 1, 400, False, wants=_ANY_FIGURE, only_wanted=True)
            if said and all(said[0].quote not in c.quote and c.quote not in said[0].quote for c in out):
                out.insert(1, said[0])
        return out

    def _with_document_number(self, question: str, claims: list[Claim]) -> list[Claim]:
        """A question about the document itself, answered from its covering notice (or asking its 文号), is also told
        the notice's number (鄂府发〔2022〕78号), which heads the notice with no stop before its title."""
        asks = _ASKS_DOC_NUMBER.search(question)
        if not (asks or policy.ABOUT_THE_DOCUMENT.search(question)) or self._document_number is None:
            return claims
        notice, number = self._document_number
        cited = [i for i, c in enumerate(claims) if c.clause_id == notice]
        if not cited and not asks:
            return claims
        if any(number in c.text for c in claims):
            return claims
        told = Claim(render("document_number", number=number), notice, number, 1.0)
        at = cited[0] + 1 if cited else min(1, len(claims))
        return [*claims[:at], told, *claims[at:]]

    @cached_property
    def _document_number(self) -> tuple[str, str] | None:
        """The covering notice's clause ID and the document number at its head, once (None if it has none)."""
        notice = next((c for c in self.knowledge.clauses.values() if c.kind == "notice"), None)
        number = _DOC_NUMBER.match(notice.text) if notice else None
        return (notice.id, number[0]) if notice and number else None

    def _counting(self, claim: Claim, query: str) -> Claim | None:
        """The sentence of the claim's clause that gives a count and shares most with the query (None if none)."""
        source = self.knowledge.clauses[claim.clause_id]
        asked = set(bigrams(query))
        counted = [unit_claim(source, u) for u in units(source) if _COUNT.search(u)]
        return max(counted, key=lambda c: len(asked & set(bigrams(c.text))), default=None)

    def _follow_ups(self, clause_ids: list[str], said: str, limit: int = 3) -> list[str]:
        """Questions ZhiTu can answer about what the nearby clauses mention (a subsidy topic, a school, a term),
        skipping what the answer already names."""
        out: list[str] = []
        for cid in clause_ids:
            for subject, question in self._suggestible.get(cid, []):
                if subject not in said and question not in out:
                    out.append(question)
        return out[:limit]

    @cached_property
    def _suggestible(self) -> dict[str, list[tuple[str, str]]]:
        """Clause ID → (subject, follow-up question) for every record that cites the clause."""
        out: dict[str, list[tuple[str, str]]] = {}

        def add(ids: list[str], subject: str, question: str) -> None:
            for cid in ids:
                out.setdefault(cid, []).append((subject, question))

        for rule in self.knowledge.records.get("subsidies", []):
            if rule.get("beneficiary_type") == "student" and rule.get("topic"):
                add(rule.get("clauses") or [], rule["topic"], render("suggest_subsidy", topic=rule["topic"]))
        for school in self._schools:
            if school.get("featured_industries") or school.get("specialty_direction"):
                add(school.get("clauses") or [], school["name"], render("suggest_school", name=school["name"]))
        for term in self.knowledge.records.get("glossary", []):
            if not re.search(r"《|专栏|表\d", term["term"]):  # the plan's own apparatus is no family question
                add(term.get("clauses") or [], term["term"], render("suggest_term", term=term["term"]))
        return out

    # -- answers --------------------------------------------------------------------------------
    def _compose(
        self,
        claims: list[Claim],
        route: str,
        refused: bool = False,
        suggest_from: list[tuple[Clause, float]] | None = None,
    ) -> Answer:
        citations: list[Citation] = []
        index: dict[tuple[str, str], int] = {}
        parts: list[str] = []
        for claim in claims:
            key = (claim.clause_id, claim.quote)
            if key not in index:
                clause = self.knowledge.clauses[claim.clause_id]
                index[key] = len(citations) + 1
                citations.append(
                    Citation(
                        n=index[key],
                        id=clause.id,
                        label=clause.label,
                        quote=claim.quote,
                        document=self.knowledge.document_name(clause),
                    )
                )
            parts.append(f"{claim.text}[{index[key]}]")
        by_n = {c.n: self.knowledge.clauses[c.id].text for c in citations}
        text, dropped = guard_answer("".join(parts), lambda n: by_n.get(n, ""))
        if not text:
            return self._refuse("这个问题的答案", "")
        near = [c.id for c in citations] + [c.id for c, _ in (suggest_from or [])]
        suggestions = self._follow_ups(near, text) or list(wording()["suggest_default"])
        return Answer(
            answer=text,
            citations=citations,
            refused=refused,
            mode="extractive",
            suggestions=suggestions,
            route=route,
            dropped=dropped,
        )

    def _claim_from(
        self, clause_ids: tuple[str, ...] | list[str], query: str, wants: re.Pattern[str] | None = None
    ) -> Claim | None:
        """The sentence of those clauses nearest the query (with `wants`, only one that states it), or None."""
        ranked = [(self.knowledge.clauses[i], 0.0) for i in clause_ids if i in self.knowledge.clauses]
        picked = self.extractor.select(query, ranked, 1, 400, False, wants=wants, only_wanted=wants is not None)
        return picked[0] if picked else None

    def _refuse(self, topic: str, query: str, deferred: bool = False) -> Answer:
        """The plan does not answer: say so, show the nearest clause, say where to ask."""
        claims: list[Claim] = []
        if deferred:
            nearest_ids = list(DEFERRAL_CLAUSES)
        else:  # never another school's row as the nearest ("幼专要建几个实验室": not 鄂尔多斯职业学院's)
            foreign = self.routes.rows_about_others(self.routes.expand(query))
            nearest_ids = [c.id for c, _ in self.knowledge.search(query, 6) if c.id not in foreign][:3]
        nearest = self._claim_from(nearest_ids, query) if query else None
        lead = render("not_in_plan", topic=topic)
        if nearest:
            claims.append(Claim(lead, nearest.clause_id, nearest.quote))
            shown = display(self.extractor.trim(nearest.quote, query), self.knowledge.clauses[nearest.clause_id])
            if not figures(shown) or deferred:
                claims.append(Claim(render("nearest") + shown, nearest.clause_id, nearest.quote))
        ask_key = "where_to_ask_subsidy" if deferred else "where_to_ask"
        ask_ids = ("box3.3",) if deferred else (WHERE_TO_ASK_CLAUSE,)
        ask = self._claim_from(ask_ids, "联席会议办公室设在市教育体育局 激励办法")
        if ask:
            claims.append(Claim(render(ask_key), ask.clause_id, ask.quote))
        if not claims:
            return Answer(answer=lead + render(ask_key), refused=True, route="refuse")
        answer = self._compose(claims, route="refuse", refused=True)
        answer.suggestions = list(wording()["suggest_default"])
        return answer

    def _scope(self, injection: bool = False) -> Answer:
        """A polite scoped reply for out-of-scope requests and injections (no plan facts, nothing disclosed)."""
        hint = render("injection") if injection else ""
        text = render("out_of_scope", hint=hint)
        return Answer(
            answer=text,
            refused=True,
            route="injection" if injection else "out_of_scope",
            suggestions=list(wording()["suggest_default"]),
        )


def _corrected(claim: Claim) -> Claim:
    """The claim as the correction of a premise the plan contradicts."""
    return Claim(_CORRECTION + claim.text, claim.clause_id, claim.quote, claim.score)


def _asks(part: str) -> bool:
    """A part that asks something; "我家孩子在那读呢" (about oneself, only a final 呢) tells, it does not ask."""
    if not ASKS.search(part):
        return False
    return not _only_ne(part) or not _ABOUT_ONESELF.search(part)


def _only_ne(part: str) -> bool:
    """The part asks only by a final 呢 ("自治区的技术能手呢", "我家孩子在那读呢")."""
    return bool(_BARE_NE.search(part)) and not ASKS.search(part.rstrip("呢？? "))


#: A term written in Latin letters and digits (5G, VR, AI, 1+X).
_LATIN_TERM = re.compile(r"[A-Za-z0-9+]*[A-Za-z][A-Za-z0-9+]*")
#: A school named or described before, pointed back to ("它的中职部主要学啥").
_IT = re.compile(r"它|该校|在那(?![个些所])")
#: Words pointing back to what the piece before told ("想学新能源汽车。中专有这个专业吗", "往上念大学 对口的专业有啥").
_POINTS_BACK = re.compile(r"这个|这种|这类|这门|这项|这样的|对口的")
#: A place named before, pointed back to ("那边要建实训基地").
_THERE = re.compile(r"那边|那里|那儿|那块|那头")
#: What a question asks of vocational schools that is not which schools there are.
_NOT_WHICH_SCHOOLS = re.compile(r"培训|补贴|补助|奖励|资助")


def _home_only(question: str, banner: str) -> bool:
    """The banner is only where the asker lives: no asked part names it or a place near it, and what is asked is a
    programme or grant, not the schools there."""
    asked = _asked_parts(question)
    return not any(banner[:-1] in p or _HERE.search(p) for p in asked) and any(map(_NOT_WHICH_SCHOOLS.search, asked))


def _asked_parts(question: str) -> list[str]:
    """The parts of a question that each ask something (two or more: a question in several parts). A short ask
    after a piece that only tells is about that piece ("另外听说康巴什还要弄综合高中，是咋回事")."""
    parts, before, start = [], None, 0
    for m in [*_PARTS.finditer(question), None]:
        end = m.start() if m else len(question)
        piece = question[start:end]
        asking = _asks(piece)
        # the telling piece and its ask, with what separates them, as the question has them
        short = len(piece.strip()) <= 7 or _POINTS_BACK.search(piece)  # "中专有这个专业吗": the piece before's
        part = question[before:end] if before is not None and short and asking else piece
        # "谁来评" and "建在哪" are short and parts of their own
        if (
            len(part.strip()) >= 4 or _ASKS_WHO in part or _ASKS_WHERE.search(part) or _ASKS_NAME.search(part)
        ) and _asks(part):
            parts.append(part)
        before = None if asking or not piece.strip() else start
        start = m.end() if m else end
    return parts


def _figure_for(text: str, years: set[str]) -> bool:
    """The text states a figure beside one of the years (a number other than the year itself)."""
    return any(y in text and re.search(r"\d", text.replace(y, "")) for y in years)


def _which_n(question: str) -> int:
    """N in "是哪3所", "哪两所" (0 when the question does not ask which N)."""
    asked = _WHICH_N.search(question)
    return int(re.sub(r"\D", "", arabise(asked[1] + asked[2])) or 0) if asked else 0


def _states(kind: policy.AnswerKind, claim: Claim, question: str) -> bool:
    """The claim states an answer of that kind; a table row's years are its columns (2021, 2025), not when
    anything happens."""
    if not kind.rows and claim.clause_id.startswith("table"):
        return False
    if (
        kind.name == policy.WHICH_SCHOOLS
        and claim.clause_id.startswith("table3.")
        and not _asks_project(claim.text, question)
    ):
        return False  # "学护理去哪个学校": a school's count of labs or studios (表3) names it, but answers only those
    if kind.name == policy.WHICH_SCHOOLS:  # "哪所职业学校开了特教班": not the partner schools elsewhere
        return policy.states_kind(kind, policy.without_schools_elsewhere(claim.text, question), question)
    return policy.states_kind(kind, claim.text, question)


def _asks_project(row: str, question: str) -> bool:
    """The question asks about what a 表3 row counts (重点实验室, 名师工作室…: a word of its item), or the table."""
    if _PROJECTS.search(question) or "·" not in row:
        return True
    item = re.sub(r"（.*?）", "", row.split("·", 1)[1].split("：", 1)[0])
    return any(item[i : i + 2] in question for i in range(len(item) - 1))


def _silent_parts(
    parts: list[str], claims: list[Claim], kinds: tuple[policy.AnswerKind, ...]
) -> list[policy.AnswerKind]:
    """The kinds asked by parts of a question (when, how long, where, which school) that no claim states."""
    out = []
    rows = len({c.clause_id for c in claims if c.clause_id.startswith("table")})
    for i, part in enumerate(parts):
        kind = policy.asked_kind(part, kinds)
        if kind is policy.LIST_KIND and rows >= 2:
            continue  # "是哪几个": a table's rows, one item each, are the list
        if kind and kind.asks is policy.ASKS_AMOUNT and i and _COUNTED_BEFORE.search(parts[i - 1] + "|" + part):
            continue  # "必须给学生提供实习岗位吗？要给多少": how many places, not a sum of money
        # what the part gives is no answer to it; a year another part gives is ("到2025年建成几个 5G啥时候全覆盖")
        if kind and not any(_states(kind, c, part) for c in claims):
            out.append(kind)
    return out


def _new_amount(text: str, question: str) -> bool:
    """The text states an amount of money the question does not already give ("1个亿里多少给新设专业": 1亿元 is
    the question's own figure, not the answer)."""
    given = figures(question)
    return any(figures(m.group(0)) - given for m in policy.MONEY.finditer(text))


def _placed(school: dict[str, Any]) -> bool:
    """The plan places the school in a banner."""
    return bool(school.get("banner"))


def _sized(school: dict[str, Any]) -> bool:
    """表2 gives the school's size (the plan's 技师学院 have no row)."""
    return any(str(c).startswith("table2.r") for c in school.get("clauses", []))


def _item(row: str) -> str:
    """The item a 表3 row counts ("…高等专科学校·重点实验室：2025年未列数量" → 重点实验室)."""
    return row.split("·", 1)[-1].split("：", 1)[0] or row


def _names_actor(claim: Claim) -> bool:
    """The sentence names someone who acts ("由主管园区或在园学校运营管理", "聘请市外第三方专家评审组")."""
    return bool(_NAMES_ACTOR.search(claim.quote))


def _counted_term(claim: Claim) -> str:
    """The quoted name of what a 表1 row counts in schools ("自治区“双高”院校：2025年目标2所": 双高), else "": a
    sentence naming the schools it counts answers "哪两所" however far below the count it ranks."""
    found = re.search(r"“([^”]+)”[^：]*：[^。]*\d+所", claim.text) if claim.clause_id.startswith("table1.") else None
    return found[1] if found else ""


def _dedupe_ranked(ranked: list[tuple[Clause, float]]) -> list[tuple[Clause, float]]:
    """Each clause once, at its first place."""
    first: dict[str, tuple[Clause, float]] = {}
    for clause, score in ranked:
        first.setdefault(clause.id, (clause, score))
    return list(first.values())


def _answered(history: list[Turn]) -> bool:
    """The last reply in `history` answered rather than said the plan leaves the question open."""
    reply = last_answer(history)
    return bool(reply) and not _LEFT_OPEN.search(reply)


def _other_levels(focus: str, claims: list[Claim]) -> bool:
    """A follow-up asks a level (中职, 硕士) that the best sentence leaves out while naming 本科 or 专科."""
    said = claims[0].text
    asked = [words for level, words in _LEVELS.items() if re.search(f"(?:{level})(?!部)", focus)]
    return bool(asked) and bool(re.search("本科|专科", said)) and not any(w in said for ws in asked for w in ws)


def _other_banners(focus: str, said: str) -> bool:
    """A follow-up asks about a banner the best sentence leaves out while naming others."""
    asked = [b for b in policy.BANNER_NAMES if b in focus]
    return bool(asked) and not any(b in said for b in asked) and any(b in said for b in policy.BANNER_NAMES)


def _shown_within(claim: Claim, other: Claim) -> bool:
    """Both show their quotes (not a term's meaning quoting the plan's sentence) and `other`'s holds `claim`'s."""
    quote, wider = claim.quote.rstrip("。"), other.quote.rstrip("。")
    return quote in claim.text and wider in other.text and quote in wider


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop a claim whose shown text repeats, or is part of, an earlier claim's from the same clause (one that holds an
    earlier claim's text replaces it), or that says again what an earlier sentence from another clause says (table rows
    excepted: their template words are shared)."""
    out: list[Claim] = []
    said: list[str] = []  # every text shown or folded into a longer one, for the check against other clauses
    for c in claims:
        text = c.text.rstrip("。")
        # or its quote, after the clause's subject, is inside an earlier one ("开展“五融五兴”工程：每年培训1万人次")
        if any(o.clause_id == c.clause_id and (text in o.text or _shown_within(c, o)) for o in out):
            said.append(c.text)
            continue
        inside = [
            i
            for i, o in enumerate(out)
            if o.clause_id == c.clause_id
            and (o.text.rstrip("。") in text or (len(o.quote) < len(c.quote) and o.quote.rstrip("。") in c.quote))
        ]
        if inside:  # a part's longer window of the same sentence ("…三个公共实训基地，在东部准格尔旗…") takes its place
            out[inside[0]] = c
            said.append(c.text)
            continue
        if not c.clause_id.startswith("table") and any(repeats(c.text, t) for t in said):
            continue  # the plan says it twice (a section and its box): once is enough
        out.append(c)
        said.append(c.text)
    return out
