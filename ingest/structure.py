"""Clause tree for Chinese government documents: notice, 一、/（一）/1./——, 专栏 boxes and 表 tables.

Boxed 专栏 text is printed wherever the page had room, so in the extracted text
it interrupts body sentences, and body text interrupts boxes. The two streams are
told apart by layout: boxed text is set in a smaller font, so a full boxed line is
wider (68-78 half-width cells) than a full body line (52-62). A short line (the
end of a paragraph) goes to whichever stream is still open; when both are open,
the next line decides. Tables are rebuilt by `ingest.tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ingest.layout import Line, pages_of, spans_of, split_lines
from ingest.repairs import join_lines, repair_text
from ingest.tables import TableResult, parse_table
from ingest.types import Clause, DocumentMeta, Span

BODY_FULL = 50  # a body line at least this wide did not end its paragraph early
BOX_FULL = 66  # a line at least this wide is boxed (专栏) text

CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
L1 = re.compile(r"^([一二三四五六七八九十]+)、")
L2 = re.compile(r"^（([一二三四五六七八九十]+)）")
L3 = re.compile(r"^(\d+)[.．](?!\d)")
BOX_ITEM = re.compile(r"^（(\d+)）")
DASH = re.compile(r"^——")
BOX_HEAD = re.compile(r"^专栏\s*(\d+)\s*(.*)$")
TABLE_HEAD = re.compile(r"^表\s*(\d+)\s+(.*)$")
COLOPHON = re.compile(r"^抄送[：:]")


def cn_number(text: str) -> int:
    """Convert a Chinese numeral up to 九十九 (一, 十, 十二, 二十八) to an int."""
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


@dataclass
class _Node:
    """A clause under construction."""

    id: str
    kind: str
    label: str
    parent: str | None
    path: tuple[str, ...]
    lines: list[Line] = field(default_factory=list)


@dataclass
class _Box:
    node: _Node
    head: _Node
    last_item: int = 0
    open: bool = False


@dataclass
class ParseResult:
    """Clauses of one document plus the raw spans recognised as artefacts (with the reason)."""

    clauses: list[Clause]
    artefacts: list[tuple[Span, str]]
    warnings: list[str] = field(default_factory=list)


def _title_of(text: str, limit: int = 24) -> str:
    """The heading words of a clause: text up to the first 。 (or ，), without the number."""
    head = re.split(r"[。；]", text, maxsplit=1)[0]
    if len(head) > limit:
        head = re.split(r"[，：]", head, maxsplit=1)[0][:limit]
    return repair_text(head)


class _Builder:
    """Assign every line of a government document to a clause."""

    def __init__(self, meta: DocumentMeta, lines: list[Line]) -> None:
        self.meta = meta
        self.lines = lines
        self.nodes: list[_Node] = []
        self.tables: list[TableResult] = []
        self.l1 = self.l2 = 0
        self.l1_label = self.l2_label = ""
        self.dash = 0
        self.body: _Node | None = None
        self.body_open = False
        self.boxes: dict[int, _Box] = {}
        self.cur_box: int | None = None
        self.last_stream = "body"
        self.table_lines: list[Line] = []
        self.table_parent: _Node | None = None

    # -- node helpers -------------------------------------------------------------------
    def _new(self, id_: str, kind: str, label: str, parent: _Node | None) -> _Node:
        path = (*parent.path, parent.label) if parent else ()
        node = _Node(id_, kind, label, parent.id if parent else None, path)
        self.nodes.append(node)
        return node

    def _section_parent(self) -> _Node | None:
        return self.body

    def _find(self, id_: str) -> _Node:
        return next(n for n in self.nodes if n.id == id_)

    # -- the walk -----------------------------------------------------------------------
    def run(self) -> None:
        start = self._front_matter()
        i = start
        while i < len(self.lines):
            line = self.lines[i]
            if COLOPHON.match(line.text):
                self._flush_table()
                node = self._new("colophon", "colophon", "抄送与印发", None)
                node.lines.extend(self.lines[i:])
                return
            self._step(line, self.lines[i + 1] if i + 1 < len(self.lines) else None)
            i += 1
        self._flush_table()

    def _front_matter(self) -> int:
        """Notice preamble, plan title and introduction: everything before the first 一、."""
        title_at = next(
            (k for k, ln in enumerate(self.lines) if ln.text == self.meta.title and k > 0),
            None,
        )
        first_l1 = next((k for k, ln in enumerate(self.lines) if L1.match(ln.text)), len(self.lines))
        if title_at is None:
            if first_l1:
                node = self._new("intro", "intro", "前言", None)
                node.lines.extend(self.lines[:first_l1])
            return first_l1
        notice = self._new("notice", "notice", "印发通知", None)
        notice.lines.extend(self.lines[:title_at])
        title = self._new("title", "title", "方案标题", None)
        title.lines.append(self.lines[title_at])
        if title_at + 1 < first_l1:
            intro = self._new("intro", "intro", "方案引言", None)
            intro.lines.extend(self.lines[title_at + 1 : first_l1])
        return first_l1

    def _step(self, line: Line, nxt: Line | None) -> None:
        text = line.text
        body_marker = L1.match(text) or L2.match(text) or L3.match(text) or DASH.match(text)
        if self.table_lines:
            if not body_marker:
                self.table_lines.append(line)
                return
            self._flush_table()
        if m := L1.match(text):
            self.l1, self.l2, self.dash = cn_number(m.group(1)), 0, 0
            self.l1_label = text[: m.end() - 1]
            node = self._new(f"s{self.l1}", "section", text.rstrip("。"), None)
            self._body_line(node, line)
        elif m := L2.match(text):
            self.l2, self.dash = cn_number(m.group(1)), 0
            parent = self._find(f"s{self.l1}")
            label = f"{self.l1_label}（{m.group(1)}）{_title_of(text[m.end() :])}"
            self.l2_label = f"{self.l1_label}（{m.group(1)}）"
            node = self._new(f"s{self.l1}.{self.l2}", "section", label, parent)
            self._body_line(node, line)
        elif m := L3.match(text):
            parent = self._find(f"s{self.l1}.{self.l2}" if self.l2 else f"s{self.l1}")
            num = m.group(1)
            label = f"{self.l2_label or self.l1_label}{num} {_title_of(text[m.end() :])}"
            node = self._new(f"{parent.id}.{num}", "item", label, parent)
            self._body_line(node, line)
        elif DASH.match(text):
            self.dash += 1
            parent = self._find(f"s{self.l1}.{self.l2}" if self.l2 else f"s{self.l1}")
            label = f"{self.l2_label or self.l1_label}第{self.dash}项 {_title_of(text[2:])}"
            node = self._new(f"{parent.id}.d{self.dash}", "item", label, parent)
            self._body_line(node, line)
        elif m := BOX_HEAD.match(text):
            num = int(m.group(1))
            label = f"专栏{num} {repair_text(m.group(2))}"
            node = self._new(f"box{num}", "box", label, self.body)
            self.boxes[num] = _Box(node, node)
            self.cur_box = num
            self._box_line(num, line)
        elif m := TABLE_HEAD.match(text):
            self.table_lines = [line]
            self.table_parent = self.body
        elif m := BOX_ITEM.match(text):
            num = self._box_for_item(int(m.group(1)))
            box = self.boxes[num]
            item = int(m.group(1))
            node = self._new(f"box{num}.{item}", "box_item", f"{box.head.label}（{item}）", box.head)
            box.node, box.last_item = node, item
            self.cur_box = num
            self._box_line(num, line)
        else:
            self._continuation(line, nxt)

    def _box_for_item(self, item: int) -> int:
        candidates = [n for n, b in self.boxes.items() if b.last_item == item - 1]
        if self.cur_box in candidates or not candidates:
            if self.cur_box is None:
                raise ValueError(f"box item （{item}） outside any 专栏")
            return self.cur_box
        open_ones = [n for n in candidates if self.boxes[n].open]
        return (open_ones or candidates)[-1]

    def _open_box(self) -> int | None:
        if self.cur_box is not None and self.boxes[self.cur_box].open:
            return self.cur_box
        open_ones = [n for n, b in self.boxes.items() if b.open]
        return open_ones[-1] if open_ones else None

    def _continuation(self, line: Line, nxt: Line | None) -> None:
        open_box = self._open_box()
        if line.width >= BOX_FULL and self.cur_box is not None:
            self._box_line(open_box if open_box is not None else self.cur_box, line)
            return
        if line.width >= BODY_FULL and not line.text.endswith("。"):
            stream = "body"  # a full body-width line that runs on: never the end of a boxed item
        elif self.body_open and open_box is not None:
            boxed_next = nxt is not None and (BOX_ITEM.match(nxt.text) is not None or nxt.width >= BOX_FULL)
            stream = "box" if self.last_stream == "box" or boxed_next else "body"
        elif self.body_open:
            stream = "body"
        elif open_box is not None:
            stream = "box"
        elif line.width >= BODY_FULL:
            stream = "body"
        else:
            stream = self.last_stream
        if stream == "box" and self.cur_box is not None:
            self._box_line(open_box if open_box is not None else self.cur_box, line)
        else:
            assert self.body is not None, f"text before any heading: {line.text!r}"
            self._body_line(self.body, line)

    def _body_line(self, node: _Node, line: Line) -> None:
        node.lines.append(line)
        self.body = node
        self.body_open = line.width >= BODY_FULL and not line.text.endswith("。")
        self.last_stream = "body"

    def _box_line(self, num: int, line: Line) -> None:
        box = self.boxes[num]
        box.node.lines.append(line)
        box.open = line.width >= BOX_FULL and not line.text.endswith("。")
        self.cur_box = num
        self.last_stream = "box"

    def _flush_table(self) -> None:
        if not self.table_lines:
            return
        spec = self.meta.extra.get("tables", {}).get(TABLE_HEAD.match(self.table_lines[0].text).group(1), {})  # type: ignore[union-attr]
        self.tables.append(parse_table(self.table_lines, spec, self.table_parent_info()))
        self.table_lines = []

    def table_parent_info(self) -> tuple[str | None, tuple[str, ...]]:
        parent = self.table_parent
        return (parent.id, (*parent.path, parent.label)) if parent else (None, ())


def parse_gov_document(raw: str, meta: DocumentMeta) -> ParseResult:
    """Parse a government document (通知 + 方案) into clauses; every content line lands in one clause."""
    lines = split_lines(raw)
    builder = _Builder(meta, lines)
    builder.run()
    clauses: list[Clause] = []
    for node in builder.nodes:
        if not node.lines:
            continue
        text = join_lines([ln.text for ln in node.lines])
        clauses.append(
            Clause(
                id=node.id,
                label=node.label,
                text=text,
                doc=meta.id,
                kind=node.kind,
                heading_path=node.path,
                pages=pages_of(node.lines),
                spans=spans_of(node.lines),
                parent=node.parent,
            )
        )
    artefacts: list[tuple[Span, str]] = []
    for table in builder.tables:
        clauses.extend(table.clauses)
        artefacts.extend(table.artefacts)
    order = {n.id: k for k, n in enumerate(builder.nodes)}
    clauses.sort(key=lambda c: (c.spans[0][0] if c.spans else 0, order.get(c.id, 0)))
    return ParseResult(clauses, artefacts)


def clause_records(result: ParseResult) -> list[dict[str, Any]]:
    """The stored form of a parse result."""
    return [c.to_record() for c in result.clauses]
