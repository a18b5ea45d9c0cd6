"""The clause tree of the plan: IDs, labels, coverage, and every place a box interrupts body text."""

from __future__ import annotations

import re

import pytest

from ingest.layout import split_lines
from ingest.repairs import join_lines
from ingest.structure import ParseResult
from ingest.types import Clause


def test_every_content_character_lands_in_exactly_one_clause(plan_raw: str, plan_parse: ParseResult) -> None:
    owner: dict[int, str] = {}
    for clause in plan_parse.clauses:
        for a, b in clause.spans:
            for pos in range(a, b):
                assert pos not in owner, f"{pos} in both {owner[pos]} and {clause.id}"
                owner[pos] = clause.id
    for (a, b), _reason in plan_parse.artefacts:
        for pos in range(a, b):
            assert pos not in owner, f"artefact {pos} also in {owner[pos]}"
            owner[pos] = "artefact"
    page_markers = {m.start() + k for m in re.finditer(r"/ \d+ /", plan_raw) for k in range(len(m.group()))}
    lost = [p for p, ch in enumerate(plan_raw) if not ch.isspace() and p not in owner and p not in page_markers]
    assert lost == [], f"{len(lost)} characters in no clause, first: {plan_raw[lost[0] : lost[0] + 20]!r}"


def test_artefacts_are_only_repeated_table_headers(plan_parse: ParseResult, plan_raw: str) -> None:
    texts = {plan_raw[a:b] for (a, b), _ in plan_parse.artefacts}
    assert texts == {"指 标 2021 年 2025 年 属性"} | {t for t in texts if t in _TABLE2_HEADER}
    assert all(reason == "repeated table header" for _, reason in plan_parse.artefacts)


_TABLE2_HEADER = {
    "序号",
    "院校",
    "层次",
    "院校名称",
    "2021 年",
    "学生数",
    "（人）",
    "2025 年",
    "增长人数",
    "专业设置方向",
}


def test_body_clause_text_is_the_repaired_join_of_its_spans(plan_raw: str, plan_parse: ParseResult) -> None:
    for clause in plan_parse.clauses:
        if clause.kind in ("table", "table_row"):
            continue
        pieces = [plan_raw[a:b] for a, b in clause.spans]
        assert clause.text == join_lines(pieces), clause.id


@pytest.mark.parametrize(
    ("cid", "label"),
    [
        ("s3.2.4", "三（二）4 贯通不同层次职业教育"),
        ("box4.2", "专栏4 鸿雁计划（2）"),
        ("s1.1", "一（一）指导思想"),
        ("s3", "三、主要任务"),
        ("box8", "专栏8 教师“数字赋能”计划"),
        ("s2.2.d1", "二（二）第1项 中等职业教育基础地位更加巩固"),
        ("table2.r7", "表2 第7行 内蒙古民族幼儿师范高等专科学校（中职部）"),
    ],
)
def test_ids_and_labels_follow_the_document(by_id: dict[str, Clause], cid: str, label: str) -> None:
    assert by_id[cid].label == label


def test_hierarchy_counts(clauses: list[Clause]) -> None:
    ids = {c.id for c in clauses}
    items = [i for i in ids if re.fullmatch(r"s3\.\d\.\d+", i)]
    assert len(items) == 28  # 1. … 28. under 三、
    assert {f"box{n}" for n in range(1, 13)} <= ids
    assert {"notice", "title", "intro", "colophon", "s4.5"} <= ids
    assert [c.id for c in clauses if c.parent == "box7"] == [f"box7.{n}" for n in range(1, 17)]


@pytest.mark.parametrize(
    ("cid", "continuous"),
    [
        # 三（一）3 stops before 专栏1 and resumes after it, on the next page
        ("s3.1.3", "支持职业教育高质量发展的政策措施，共同营造政府高度重视职业教育"),
        ("box1.5", "并从岗位能手、劳动模范以及家长中选聘一批兼职教师。"),
        # 专栏2（3） is cut by 三（二）7, and 三（二）7 by the rest of 专栏2
        ("box2.3", "准格尔旗职业高中以采矿业、化工业为特色，乌审旗职业中学以煤化工业"),
        ("box2.3", "民族工艺品设计与制作等20个示范专业。"),
        ("s3.2.7", "重点支持高职院校面向产业集群至少建设21个优质专业。实施生源拓展计划"),
        ("box2.5", "为社会提供合格社区工作者。"),
        # 三（二）8 is cut by 专栏3
        ("s3.2.8", "积极培育专业硕士授予点，依托矿山地质与环境院士工作站"),
        ("box3.4", "引进兼职教师不低于专业教师的20%，新引进教师满足重点专业建设要求。"),
        # 专栏9 is split by 三（六）26, 专栏10, 三（七） and 27.; 27. by the end of 专栏9
        ("box9.3", "保障数据资源安全、保障广大师生的切身利益。"),
        ("box9.4", "（4）建设校园数字图书馆。完善智慧学习和智慧科研设施，全面推进“互联网+教育”“智能+教育”。"),
        ("s3.7.27", "发起呼包鄂乌首届职业教育和产业发展大会"),
        # 专栏11 is split by 三（八）, 28., 四、 and 四（一）'s heading; 四（一） by the rest of 专栏11 and 专栏12
        ("box11.2", "双方供需信息经平台进行智能化匹配。"),
        ("s4.1", "（一）建立联席会议机制。成立由市人民政府分管副市长担任总召集人"),
        # body text broken across pages
        ("s3.2.10", "全方位融入“人才鄂尔多斯”战略，实施“鸿雁计划”"),
    ],
)
def test_interrupted_text_reads_continuously(by_id: dict[str, Clause], cid: str, continuous: str) -> None:
    assert continuous in by_id[cid].text


@pytest.mark.parametrize(
    ("cid", "foreign"),
    [
        ("s3.1.3", "专栏"),
        ("s3.2.7", "乌审旗职业中学以"),
        ("s3.2.8", "高水平专业（群）建设工程"),
        ("s3.7.27", "数字图书馆"),
        ("s4.1", "智能化匹配"),
        ("box9.4", "包鄂乌"),
        ("box11.2", "评价改革"),
    ],
)
def test_no_text_from_the_other_stream(by_id: dict[str, Clause], cid: str, foreign: str) -> None:
    assert foreign not in by_id[cid].text


def test_box_items_end_with_a_full_stop(clauses: list[Clause]) -> None:
    for c in clauses:
        if c.kind in ("box_item", "item") and c.doc == "efufa-2022-78":
            assert c.text.endswith(("。", "；")), (c.id, c.text[-20:])


def test_pages(by_id: dict[str, Clause]) -> None:
    assert by_id["notice"].pages == (1,)
    assert by_id["title"].pages == (2,)
    assert by_id["table2.r19"].pages == (10,)  # after the "/ 10 /" marker
    assert by_id["s3.1.3"].pages == (7, 8)
    assert by_id["colophon"].pages == (30,)


def test_page_starts(plan_raw: str) -> None:
    lines = split_lines(plan_raw)
    assert lines[0].page == 1 and lines[-1].page == 30
    marker = plan_raw.index("/ 10 /")
    after = next(ln for ln in lines if ln.start > marker)
    before = [ln for ln in lines if ln.start < marker][-1]
    assert (before.page, after.page, after.text) == (9, 10, "业设置主方向。")
