"""表1, 表2, 表3 rebuilt as rows with named columns."""

from __future__ import annotations

from ingest.types import Clause


def _rows(clauses: list[Clause], table: str) -> list[Clause]:
    return [c for c in clauses if c.parent == table]


def test_table2_has_19_school_rows_and_the_totals(clauses: list[Clause]) -> None:
    rows = _rows(clauses, "table2")
    schools = [r for r in rows if r.id.startswith("table2.r")]
    assert len(schools) == 19
    assert [r.id for r in rows if not r.id.startswith("table2.r")] == [
        "table2.sub_higher",
        "table2.sub_secondary",
        "table2.total",
    ]
    cols = {"序号", "层次", "院校名称", "2021年学生数", "2025年学生数", "增长人数", "专业设置方向"}
    assert all(cols <= set(r.cells or {}) for r in schools)


def test_table2_cells(by_id: dict[str, Clause]) -> None:
    r1 = by_id["table2.r1"].cells or {}
    assert (r1["院校名称"], r1["2021年学生数"], r1["2025年学生数"], r1["增长人数"]) == (
        "鄂尔多斯应用技术学院",
        "6170",
        "10000",
        "3830",
    )
    assert r1["专业设置方向"].startswith("依据五大新兴产业")
    new = by_id["table2.r5"].cells or {}
    assert new["2021年学生数"] == "" and new["2025年学生数"] == "5000"
    flat = by_id["table2.r11"].cells or {}
    assert flat["院校名称"] == "鄂尔多斯蒙艺职业高中（民办）" and flat["增长人数"] == "持平"
    wrapped = by_id["table2.r12"].cells or {}
    assert wrapped["院校名称"] == "乌审旗职业中学" and "化工业" in wrapped["专业设置方向"]
    merged = by_id["table2.r7"].cells or {}
    assert merged["专业设置方向"] == "依据对应高校专业及自身发展定位重新设置专业方向。"
    assert "2021年学生数：无（新建）" in by_id["table2.r17"].text
    assert "增长人数：持平" in by_id["table2.r13"].text


def test_table2_subtotals_add_up(by_id: dict[str, Clause]) -> None:
    def total(ids: range, col: str) -> int:
        return sum(int((by_id[f"table2.r{i}"].cells or {})[col] or 0) for i in ids)

    assert total(range(1, 6), "2025年学生数") == int((by_id["table2.sub_higher"].cells or {})["2025年学生数"])
    assert total(range(6, 20), "2021年学生数") == int((by_id["table2.sub_secondary"].cells or {})["2021年学生数"])
    assert (by_id["table2.total"].cells or {})["2025年学生数"] == "51013"


def test_table1_rows(by_id: dict[str, Clause], clauses: list[Clause]) -> None:
    assert len(_rows(clauses, "table1")) == 22
    r1 = by_id["table1.r1"].cells or {}
    assert (r1["类别"], r1["指标"], r1["2021年"], r1["2025年"], r1["属性"]) == (
        "中职教育",
        "职普比例",
        "35：65",
        "40：60",
        "控制性",
    )
    wrapped = by_id["table1.r11"].cells or {}
    assert wrapped["指标"] == "自治区本科“双一流”学科" and wrapped["2025年"] == "1个"
    two = [by_id["table1.r14"].cells or {}, by_id["table1.r15"].cells or {}]
    assert [c["2025年"] for c in two] == ["中职60%", "高职70%"]
    assert all(c["类别"] == "师资队伍建设" for c in two)


def test_table3_single_values_are_placed_consistently_with_the_total(
    clauses: list[Clause], by_id: dict[str, Clause]
) -> None:
    rows = [r for r in _rows(clauses, "table3") if r.id != "table3.total"]
    assert len(rows) == 16
    city = sum(int((r.cells or {})["市级（个）"] or 0) for r in rows)
    region = sum(int((r.cells or {})["区级（个）"] or 0) for r in rows)
    total = by_id["table3.total"].cells or {}
    assert (str(city), str(region)) == (total["市级（个）"], total["区级（个）"])
