"""Further documents dropped into the corpus (.md, .docx, .pdf, .txt) are parsed; bad ones are refused."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from assistant.settings import REPO_ROOT, get_settings
from ingest.corpus import parse_corpus, sha256_file
from ingest.errors import IngestError
from ingest.types import Clause

CORPUS = REPO_ROOT / "corpus"

MD_DOC = """# 某旗职业教育补充通知

## 一、总体要求

（一）指导思想。坚持立德树人，深化产教融合。

（二）工作目标。到2025年，建成3所示范性中职学校。

## 二、保障措施

（一）加强组织领导。成立工作专班，统筹推进。
"""


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private documents directory holding a copy of the primary plan and its metadata."""
    docs = tmp_path / "documents"
    docs.mkdir()
    for src in (CORPUS / "documents").iterdir():
        if src.name.startswith("efufa-2022-78"):
            shutil.copyfile(src, docs / src.name)
    return docs


def add_meta(docs: Path, doc_id: str, file: str, title: str, **extra: Any) -> None:
    """Write `<doc_id>.meta.json` for a file already in `docs`, with its true sha256 unless given."""
    meta = {"id": doc_id, "file": file, "title": title, "sha256": sha256_file(docs / file), **extra}
    (docs / f"{doc_id}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def of_doc(clauses: list[Clause], doc_id: str) -> dict[str, Clause]:
    return {c.id: c for c in clauses if c.doc == doc_id}


def test_markdown_government_document_gets_prefixed_clause_ids(corpus_dir: Path) -> None:
    (corpus_dir / "mydoc.md").write_text(MD_DOC, encoding="utf-8")
    add_meta(corpus_dir, "mydoc", "mydoc.md", "某旗职业教育补充通知")

    clauses = parse_corpus(corpus_dir)
    mine = of_doc(clauses, "mydoc")

    assert {"mydoc:s1", "mydoc:s1.1", "mydoc:s1.2", "mydoc:s2", "mydoc:s2.1"} <= set(mine)
    assert mine["mydoc:s1.1"].text == "（一）指导思想。坚持立德树人，深化产教融合。"
    assert mine["mydoc:s1.2"].text == "（二）工作目标。到2025年，建成3所示范性中职学校。"
    assert mine["mydoc:s2.1"].text == "（一）加强组织领导。成立工作专班，统筹推进。"
    assert mine["mydoc:s1.1"].parent == "mydoc:s1"
    assert mine["mydoc:s2.1"].kind == "section"
    assert all("#" not in c.text for c in mine.values()), "markdown heading marks must not reach clause text"
    # the primary plan keeps its unprefixed IDs
    assert "box4.2" in {c.id for c in clauses}


def test_docx_document_is_parsed(corpus_dir: Path) -> None:
    import docx

    document = docx.Document()
    for para in (
        "一、总体要求",
        "（一）指导思想。坚持立德树人，深化产教融合。",
        "二、重点任务",
        "（一）建设实训基地。新建2个公共实训基地。",
    ):
        document.add_paragraph(para)
    document.save(str(corpus_dir / "extra.docx"))
    add_meta(corpus_dir, "extra", "extra.docx", "补充文件")

    mine = of_doc(parse_corpus(corpus_dir), "extra")

    assert mine["extra:s1"].text == "一、总体要求"
    assert mine["extra:s1.1"].text == "（一）指导思想。坚持立德树人，深化产教融合。"
    assert mine["extra:s2.1"].text == "（一）建设实训基地。新建2个公共实训基地。"
    assert mine["extra:s2.1"].parent == "extra:s2"


def test_text_layer_pdf_is_extracted(corpus_dir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["pdf.fonttype"] = 42
    fig = plt.figure(figsize=(8.27, 11.69))
    fig.text(0.1, 0.9, "Vocational training notice")
    fig.text(0.1, 0.85, "Every student receives a training allowance of 500 yuan.")
    fig.savefig(str(corpus_dir / "notice.pdf"))
    plt.close(fig)
    add_meta(corpus_dir, "notice", "notice.pdf", "Training notice")

    from pypdf import PdfReader

    extracted = "\n".join(page.extract_text() or "" for page in PdfReader(str(corpus_dir / "notice.pdf")).pages)
    assert "training allowance of 500 yuan" in extracted

    mine = of_doc(parse_corpus(corpus_dir), "notice")
    assert mine, "the PDF produced no clause"
    assert any("Every student receives a training allowance of 500 yuan." in c.text for c in mine.values())
    assert all(c.id.startswith("notice:") for c in mine.values())


def test_unstructured_text_becomes_paragraphs_with_a_warning(
    corpus_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (corpus_dir / "memo.txt").write_text(
        "这是一份说明材料，没有标题编号。\n第二行接着第一段。\n\n第二段内容，介绍报名时间。\n",
        encoding="utf-8",
    )
    add_meta(corpus_dir, "memo", "memo.txt", "说明材料")

    with caplog.at_level(logging.WARNING, logger="ingest.corpus"):
        mine = of_doc(parse_corpus(corpus_dir), "memo")

    assert [c.id for c in mine.values()] == ["memo:p1", "memo:p2"]
    assert {c.kind for c in mine.values()} == {"paragraph"}
    assert mine["memo:p1"].text == "这是一份说明材料，没有标题编号。第二行接着第一段。"
    assert mine["memo:p2"].text == "第二段内容，介绍报名时间。"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("memo" in w and "not recognised" in w for w in warnings), warnings


def test_sha256_mismatch_is_refused(corpus_dir: Path) -> None:
    (corpus_dir / "mydoc.md").write_text(MD_DOC, encoding="utf-8")
    add_meta(corpus_dir, "mydoc", "mydoc.md", "某旗职业教育补充通知", sha256="0" * 64)

    with pytest.raises(IngestError, match="sha256"):
        parse_corpus(corpus_dir)


def test_unsupported_suffix_is_refused(corpus_dir: Path) -> None:
    (corpus_dir / "old.rtf").write_text("{\\rtf1 一、总体要求}", encoding="utf-8")
    add_meta(corpus_dir, "old", "old.rtf", "旧文件")

    with pytest.raises(IngestError, match="unsupported"):
        parse_corpus(corpus_dir)


def test_clauses_json_prints_one_public_object_per_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clauses: list[Clause]
) -> None:
    monkeypatch.setenv("ZHITU_CORPUS_DIR", str(CORPUS))
    get_settings.cache_clear()
    try:
        assert main(["clauses", "--json"]) == 0
    finally:
        get_settings.cache_clear()

    lines = capsys.readouterr().out.splitlines()
    objects = [json.loads(line) for line in lines]
    assert len(objects) == len(clauses)
    assert all(set(obj) == {"id", "label", "text", "pages"} for obj in objects)
    assert [obj["id"] for obj in objects] == [c.id for c in clauses]
    box = next(obj for obj in objects if obj["id"] == "box4.2")
    assert "本科层次给予一次性生活补贴2万元" in box["text"]
    assert box["pages"] == [14]
