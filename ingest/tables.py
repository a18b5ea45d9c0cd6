"""Rebuild flattened PDF tables (cells on separate lines, wrapped names, repeated headers) as citable rows.

Column positions are lost in extraction, so each table is read with a small spec
from the document's metadata (`tables` in `*.meta.json`): its columns, how many
header lines it has, its row groups and the names its rows may take. Every
header repeated after a page break is reported as an artefact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ingest.layout import Line, pages_of, spans_of
from ingest.repairs import join_lines, repair_text
from ingest.types import Clause, Span

_NUMBERS = re.compile(r"^-?\d+(?: (?:-?\d+|持平))*$")
_ATTR = re.compile(r"\s*(控制性|预期性)$")
_VALUE = re.compile(r"(?:(?:中职|高职) )?\d+(?:\.\d+)?(?: ?：\d+)?(?: ?(?:万人|所|个|倍以上|倍|%以上|%))?")


@dataclass
class TableResult:
    """Clauses of one table (caption, rows, totals) and the raw spans that were artefacts."""

    clauses: list[Clause] = field(default_factory=list)
    artefacts: list[tuple[Span, str]] = field(default_factory=list)


@dataclass
class _Row:
    key: str
    label: str
    cells: dict[str, str]
    lines: list[Line]
    text: str = ""


def _strip_repeated_headers(body: list[Line], header: list[Line], out: TableResult) -> list[Line]:
    """Drop every run of lines identical to the header (printed again after a page break)."""
    texts = [h.text for h in header]
    kept: list[Line] = []
    i = 0
    while i < len(body):
        window = [ln.text for ln in body[i : i + len(texts)]]
        if texts and window == texts:
            out.artefacts.extend(((ln.start, ln.end), "repeated table header") for ln in body[i : i + len(texts)])
            i += len(texts)
            continue
        kept.append(body[i])
        i += 1
    return kept


def parse_table(lines: list[Line], spec: dict[str, Any], parent: tuple[str | None, tuple[str, ...]]) -> TableResult:
    """Parse one table: `lines[0]` is its caption (表 N ...)."""
    out = TableResult()
    caption = lines[0]
    m = re.match(r"^表\s*(\d+)\s+(.*)$", caption.text)
    assert m, caption.text
    num, title = m.group(1), repair_text(m.group(2))
    n_header = int(spec.get("header_lines", 1))
    header, body = lines[1 : 1 + n_header], lines[1 + n_header :]
    body = _strip_repeated_headers(body, header, out)
    columns: list[str] = list(spec.get("columns", []))
    table_id = f"table{num}"
    label = f"表{num} {title}"
    parent_id, path = parent
    head_lines = [caption, *header]
    caption_text = f"{label}。列：{'、'.join(columns)}。" if columns else label
    out.clauses.append(
        Clause(table_id, label, caption_text, "", "table", path, pages_of(head_lines), spans_of(head_lines), parent_id)
    )
    kind = spec.get("kind", "")
    rows = {"students": _students_rows, "targets": _target_rows, "projects": _project_rows}[kind](body, spec)
    for row in rows:
        out.clauses.append(
            Clause(
                f"{table_id}.{row.key}",
                f"表{num} {row.label}",
                row.text,
                "",
                "table_row",
                (*path, label),
                pages_of(row.lines),
                spans_of(row.lines),
                table_id,
                row.cells,
            )
        )
    return out


def _students_rows(body: list[Line], spec: dict[str, Any]) -> list[_Row]:
    """表2: 序号/层次 line, wrapped name, numbers line, wrapped direction (merged across rows)."""
    levels = set(spec["levels"])
    start = re.compile(rf"^(\d+) ({'|'.join(levels)})$")
    rows: list[_Row] = []
    cur: _Row | None = None
    stage = ""
    name: list[str] = []
    direction: list[str] = []
    last_direction = ""
    part_levels: list[str] = []
    n = 0

    def close() -> None:
        nonlocal cur, last_direction, direction
        if cur is None:
            return
        if direction:
            last_direction = join_lines(direction)
            cur.cells["专业设置方向"] = last_direction
        else:
            cur.cells["专业设置方向"] = last_direction
            cur.cells["专业设置方向说明"] = "与上一行合并单元格"
        cur.text = _student_text(cur)
        rows.append(cur)
        cur, direction = None, []

    for ln in body:
        total = re.match(r"^(小计|合计) (\d+) (\d+) (\d+)$", ln.text)
        if total:
            close()
            kind = total.group(1)
            if kind == "小计":
                part = "高等院校" if set(part_levels) & {"本科", "高职"} else "中职学校"
                key = "sub_higher" if part == "高等院校" else "sub_secondary"
                lbl = f"{part}小计"
            else:
                key, lbl = "total", "合计"
            cells = {
                "院校名称": lbl,
                "2021年学生数": total.group(2),
                "2025年学生数": total.group(3),
                "增长人数": total.group(4),
            }
            r = _Row(key, lbl, cells, [ln])
            r.text = (
                f"表2 {lbl}：2021年学生数{cells['2021年学生数']}人，"
                f"2025年学生数{cells['2025年学生数']}人，增长人数{cells['增长人数']}人。"
            )
            rows.append(r)
            part_levels = []
            continue
        m = start.match(ln.text)
        if m:
            close()
            n += 1
            cur = _Row(f"r{n}", "", {"序号": m.group(1), "层次": m.group(2)}, [ln])
            part_levels.append(m.group(2))
            stage, name = "name", []
            continue
        if cur is None:
            raise ValueError(f"table line outside a row: {ln.text!r}")
        cur.lines.append(ln)
        if stage == "name" and _NUMBERS.match(ln.text):
            nums = ln.text.split()
            cur.cells["院校名称"] = join_lines(name)
            if len(nums) == 3:
                cur.cells.update(dict(zip(["2021年学生数", "2025年学生数", "增长人数"], nums, strict=True)))
            else:
                cur.cells.update({"2021年学生数": "", "2025年学生数": nums[0], "增长人数": nums[1]})
            cur.label = f"第{n}行 {cur.cells['院校名称']}"
            stage = "direction"
        elif stage == "name":
            name.append(ln.text)
        else:
            direction.append(ln.text)
    close()
    return rows


def _student_text(row: _Row) -> str:
    c = row.cells
    before = f"2021年学生数{c['2021年学生数']}人" if c["2021年学生数"] else "2021年学生数：无（新建）"
    growth = "增长人数：持平" if c["增长人数"] == "持平" else f"增长人数{c['增长人数']}人"
    return (
        f"表2 第{row.key[1:]}行（序号{c['序号']}）：{c['层次']}，{c['院校名称']}，{before}，"
        f"2025年学生数{c['2025年学生数']}人，{growth}；专业设置方向：{c['专业设置方向']}"
    )


def _target_rows(body: list[Line], spec: dict[str, Any]) -> list[_Row]:
    """表1: group names, wrapped indicator names, a values line ending in 控制性/预期性."""
    groups: list[str] = spec["groups"]
    rows: list[_Row] = []
    pending: list[Line] = []
    group = ""
    name = ""
    for ln in body:
        attr = _ATTR.search(ln.text)
        if not attr:
            pending.append(ln)
            continue
        head = ln.text[: attr.start()]
        values = list(_VALUE.finditer(head))
        first = values[0].start() if values else len(head)
        own_name = head[:first].strip()
        joined = join_lines([p.text for p in pending] + ([own_name] if own_name else []))
        for g in groups:
            if joined.startswith(g):
                group, joined = g, joined[len(g) :]
                break
        if joined:
            name = joined
        vals = [repair_text(v.group(0)) for v in values]
        cells = {"类别": group, "指标": name, "2021年": "", "2025年": "", "属性": attr.group(1)}
        if len(vals) == 2:
            cells["2021年"], cells["2025年"] = vals
        elif len(vals) == 1:
            cells["2025年"] = vals[0]
        key = f"r{len(rows) + 1}"
        r = _Row(key, f"{group} {name}", cells, [*pending, ln])
        before = f"2021年为{cells['2021年']}，" if cells["2021年"] else ""
        r.text = f"表1 {group}·{name}：{before}2025年目标{cells['2025年']}（{cells['属性']}指标）。"
        rows.append(r)
        pending = []
    return rows


def _project_rows(body: list[Line], spec: dict[str, Any]) -> list[_Row]:
    """表3: wrapped school names, then one line per project with 市级/区级 counts and 属性."""
    projects: list[str] = spec["projects"]
    single: dict[str, str] = spec["single_value_column"]
    pat = re.compile(rf"^({'|'.join(re.escape(p) for p in projects)})((?: \d+){{0,2}})(?: (预期性))?$")
    rows: list[_Row] = []
    pending: list[Line] = []
    school = ""
    for ln in body:
        total = re.match(r"^合计 (\d+) (\d+)$", ln.text)
        if total:
            cells = {"学院名称": "合计", "市级（个）": total.group(1), "区级（个）": total.group(2)}
            r = _Row("total", "合计", cells, [ln])
            r.text = f"表3 合计：2025年市级{total.group(1)}个、区级{total.group(2)}个。"
            rows.append(r)
            continue
        m = pat.match(ln.text)
        if not m:
            pending.append(ln)
            continue
        if pending:
            school = join_lines([p.text for p in pending])
        project, nums = m.group(1), m.group(2).split()
        cells = {"学院名称": school, "项目名称": project, "市级（个）": "", "区级（个）": "", "属性": m.group(3) or ""}
        if len(nums) == 2:
            cells["市级（个）"], cells["区级（个）"] = nums
        elif len(nums) == 1:
            cells[single[project]] = nums[0]
            cells["列位说明"] = f"原文只有一个数，按合计行推定为{single[project]}"
        r = _Row(f"r{len(rows) + 1}", f"{school} {project}", cells, [*pending, ln])
        counts = [f"{k[:2]}{cells[k]}个" for k in ("市级（个）", "区级（个）") if cells[k]]
        r.text = f"表3 {school}·{project}：2025年" + ("、".join(counts) if counts else "未列数量") + "。"
        rows.append(r)
        pending = []
    return rows
