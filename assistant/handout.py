"""Handouts for parents' meetings: a conversation or a set of clauses as Markdown, PDF or DOCX, with citations."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from assistant.types import Citation
from ingest.types import Clause, DocumentMeta

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
)

DISCLAIMER = (
    "本讲义由“职途”依据方案原文整理，每句末尾的 [n] 指向所依据的条款原文。"
    "方案没有写明的事项（学费、录取分数、报名时间、《激励办法》中的具体金额等），"
    "请以学校招生办公室和市教育体育局（市职业教育工作联席会议办公室）发布的信息为准。"
)


@dataclass(frozen=True)
class Entry:
    """One question and its cited answer."""

    question: str
    answer: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Handout:
    """What a handout holds: a title, Q&A entries and whole clauses, and the document they rest on."""

    title: str
    document: DocumentMeta | None
    version: str
    entries: tuple[Entry, ...] = ()
    clauses: tuple[Clause, ...] = ()
    made_on: date = field(default_factory=date.today)

    @property
    def source_line(self) -> str:
        if self.document is None:
            return ""
        d = self.document
        return f"依据：{d.citation_name}，{d.issuer}{d.issued} 印发（资料版本 {self.version}）"


def _blocks(h: Handout) -> list[tuple[str, str]]:
    """The handout as (style, text) blocks, shared by the Markdown, PDF and DOCX writers."""
    blocks = [("title", h.title)]
    if h.source_line:
        blocks += [("meta", h.source_line), ("meta", f"生成日期：{h.made_on.isoformat()}")]
    for i, e in enumerate(h.entries, 1):
        blocks += [("h2", f"{i}. {e.question}"), ("body", e.answer)]
        blocks += [("cite", f"[{c.n}] {c.label}（{c.id}）：“{c.quote}”") for c in e.citations]
    if h.clauses:
        blocks.append(("h2", "方案原文"))
        for c in h.clauses:
            blocks += [("h3", f"{c.label}（{c.id}）"), ("body", c.text)]
    blocks.append(("note", DISCLAIMER))
    return blocks


#: How each block style is written in Markdown.
_MARKDOWN = {
    "title": "# {}",
    "meta": "> {}",
    "h2": "## {}",
    "h3": "### {}",
    "body": "{}",
    "cite": "- {}",
    "note": "---\n\n{}",
}


def to_markdown(h: Handout) -> str:
    """The handout as Markdown."""
    return "\n\n".join(_MARKDOWN[style].format(text) for style, text in _blocks(h)) + "\n"


def find_font(preferred: Path | None) -> Path | None:
    """The CJK font for PDFs: the configured one, else the first installed candidate."""
    for path in (preferred, *FONT_CANDIDATES):
        if path is not None and path.is_file():
            return path
    return None


def to_pdf(h: Handout, font: Path | None) -> bytes:
    """The handout as an A4 PDF (the CJK font embedded; Adobe's STSong CID font if none is installed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if font is not None:
        name = "ZhiTuCJK"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font), subfontIndex=0))
    else:
        name = "STSong-Light"
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    sizes = {"title": 18, "h2": 13, "h3": 11.5, "body": 11, "cite": 9, "meta": 9, "note": 9}
    styles = {
        k: ParagraphStyle(k, fontName=name, fontSize=v, leading=v * 1.6, wordWrap="CJK", spaceBefore=v * 0.4)
        for k, v in sizes.items()
    }
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, title=h.title, author="职途")
    story: list[object] = []
    for style, text in _blocks(h):
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), styles[style]))
        if style == "title":
            story.append(Spacer(1, 4 * mm))
    doc.build(story)
    return buf.getvalue()


def to_docx(h: Handout) -> bytes:
    """The handout as a Word document."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    for style, text in _blocks(h):
        if style == "title":
            doc.add_heading(text, level=0)
        elif style in ("h2", "h3"):
            doc.add_heading(text, level=2 if style == "h2" else 3)
        else:
            para = doc.add_paragraph(text)
            if style in ("cite", "meta", "note"):
                for run in para.runs:
                    run.font.size = Pt(9)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
