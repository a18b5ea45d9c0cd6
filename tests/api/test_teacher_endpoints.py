"""The endpoints behind the UI over a real uvicorn: clauses, document, subsidy finder, feedback, handouts."""

from __future__ import annotations

import io

import docx
import httpx
import pypdf
import pytest

from assistant.feedback import FeedbackStore
from assistant.settings import Settings

pytestmark = pytest.mark.slow


def test_clause_outline_is_complete(api_url: str) -> None:
    items = httpx.get(f"{api_url}/api/clauses").json()
    ids = {c["id"] for c in items}
    assert len(items) == 203 and "box4.2" in ids
    assert all(c["parent"] is None or c["parent"] in ids for c in items)
    doc = httpx.get(f"{api_url}/api/document").json()
    assert doc["doc_number"] == "鄂府发〔2022〕78号" and doc["clauses"] == 203 and len(doc["version"]) == 8


def test_finder_applies_the_hongyan_grant_after_five_years(api_url: str) -> None:
    params = {"stage": "本科", "from_outside": "true", "intern_local": "true", "years_local": 5}
    found = httpx.get(f"{api_url}/api/subsidies/finder", params=params).json()
    grant = next(r for r in found["applies"] if r["id"] == "hongyan-jiuye-benke")
    assert grant["amount"] == "2万元" and "box4.2" in grant["clauses"]
    assert not any(r["id"] == "hongyan-jiuye-zhuanke" for r in found["applies"])
    local = httpx.get(f"{api_url}/api/subsidies/finder", params={**params, "from_outside": "false"}).json()
    assert next(r for r in local["almost"] if r["id"] == "hongyan-jiuye-benke")["missing"] == "来自鄂尔多斯市以外"


def test_finder_names_the_missing_condition(api_url: str) -> None:
    params = {"stage": "高职", "from_outside": "true", "intern_local": "true", "years_local": 3}
    found = httpx.get(f"{api_url}/api/subsidies/finder", params=params).json()
    near = next(r for r in found["almost"] if r["id"] == "hongyan-jiuye-zhuanke")
    assert "满5年" in near["missing"] and near["amount"] == "1万元"


def test_finder_says_when_the_plan_defers_the_amount(api_url: str) -> None:
    found = httpx.get(f"{api_url}/api/subsidies/finder", params={"stage": "中职", "key_programme": "true"}).json()
    deferred = next(r for r in found["applies"] if r["id"] == "baokao-zhongdian-zhuanye-butie")
    assert deferred["amount"] is None and "激励办法" in deferred["defers_to"]


@pytest.mark.parametrize(
    ("params", "message"), [({"stage": "博士"}, "学段"), ({"years_local": -1}, "0–50"), ({"years_local": "x"}, "0–50")]
)
def test_finder_rejects_bad_input_in_chinese(api_url: str, params: dict[str, object], message: str) -> None:
    r = httpx.get(f"{api_url}/api/subsidies/finder", params=params)
    assert r.status_code == 422 and message in r.json()["detail"]


def test_feedback_is_stored_without_personal_data(api_url: str, real_settings: Settings) -> None:
    body = {
        "rating": "down",
        "comment": "我孩子电话 13912345678，想问学费",
        "question": "身份证110105200801011234的孩子能报吗",
        "answer": "方案没有写明。",
        "clause_ids": ["s4.1"],
    }
    r = httpx.post(f"{api_url}/api/feedback", json=body)
    assert r.status_code == 201 and r.json()["message"] == "谢谢您的反馈！"
    store = FeedbackStore(real_settings.database)
    row = store.get(r.json()["id"])
    store.close()
    assert row is not None and row.rating == "down" and row.clause_ids == '["s4.1"]'
    assert "13912345678" not in row.comment and "已隐去" in row.comment and "学费" in row.comment
    assert "110105200801011234" not in row.question


@pytest.mark.parametrize(
    ("body", "message"),
    [({"rating": "meh"}, "up"), ({"rating": "up", "comment": "字" * 501}, "500"), ({}, "rating")],
)
def test_feedback_rejects_bad_input_in_chinese(api_url: str, body: dict[str, object], message: str) -> None:
    r = httpx.post(f"{api_url}/api/feedback", json=body)
    assert r.status_code == 422 and message in r.json()["detail"]


@pytest.fixture(scope="module")
def cited(api_url: str) -> dict[str, object]:
    answer = httpx.post(f"{api_url}/api/ask", json={"question": "委培生毕业后定向就业有什么补助？"}).json()
    assert "2万元" in answer["answer"]
    return {
        "question": "委培生毕业后定向就业有什么补助？",
        "answer": answer["answer"],
        "citations": answer["citations"],
    }


def handout(api_url: str, cited: dict[str, object], fmt: str) -> httpx.Response:
    body = {"title": "委培政策", "items": [cited], "clauses": ["box4.2"], "format": fmt}
    return httpx.post(f"{api_url}/api/handout", json=body, timeout=60)


def test_markdown_handout(api_url: str, cited: dict[str, object]) -> None:
    r = handout(api_url, cited, "md")
    text = r.text
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert (
        "鄂府发〔2022〕78号" in text and "2万元" in text and "（s3.7.27）" in text and "### 专栏4 鸿雁计划（2）" in text
    )
    assert "生成日期" in text and "资料版本" in text


def test_pdf_handout_embeds_chinese_text(api_url: str, cited: dict[str, object]) -> None:
    r = handout(api_url, cited, "pdf")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(r.content)).pages).replace("\n", "")
    assert "鄂府发〔2022〕78号" in text and "2万元" in text and "s3.7.27" in text


def test_docx_handout(api_url: str, cited: dict[str, object]) -> None:
    r = handout(api_url, cited, "docx")
    paras = [p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs]
    assert paras[0] == "委培政策" and any("2万元" in p for p in paras) and any("鄂府发〔2022〕78号" in p for p in paras)


def test_handout_refuses_a_quote_not_in_the_plan(api_url: str, cited: dict[str, object]) -> None:
    forged = {**cited, "citations": [{**cited["citations"][0], "quote": "委培生每人补贴10万元。"}]}  # type: ignore[index]
    r = httpx.post(f"{api_url}/api/handout", json={"items": [forged]})
    assert r.status_code == 422 and "不一致" in r.json()["detail"]


@pytest.mark.parametrize(
    ("body", "message"),
    [({}, "讲义是空的"), ({"clauses": ["x9"]}, "x9"), ({"clauses": ["box4.2"], "format": "exe"}, "md、pdf 或 docx")],
)
def test_handout_rejects_bad_input_in_chinese(api_url: str, body: dict[str, object], message: str) -> None:
    r = httpx.post(f"{api_url}/api/handout", json=body)
    assert r.status_code == 422 and message in r.json()["detail"]


def test_a_comment_is_added_to_a_stored_rating(api_url: str, real_settings: Settings) -> None:
    fid = httpx.post(f"{api_url}/api/feedback", json={"rating": "up"}).json()["id"]
    r = httpx.patch(f"{api_url}/api/feedback/{fid}", json={"comment": "很清楚，邮箱 a@b.cn"})
    assert r.status_code == 200
    store = FeedbackStore(real_settings.database)
    row = store.get(fid)
    store.close()
    assert row is not None and row.comment.startswith("很清楚") and "a@b.cn" not in row.comment
    missing = httpx.patch(f"{api_url}/api/feedback/999999", json={"comment": "x"})
    assert missing.status_code == 404 and "找不到" in missing.json()["detail"]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "md"])
def test_control_characters_never_break_a_handout(api_url: str, cited: dict[str, object], fmt: str) -> None:
    item = {**cited, "question": "委培\x00生\x01补助？"}
    r = httpx.post(f"{api_url}/api/handout", json={"title": "a\x00b", "items": [item], "format": fmt}, timeout=60)
    assert r.status_code == 200


def test_the_handout_prints_the_plans_own_labels(api_url: str, cited: dict[str, object]) -> None:
    first = {**cited["citations"][0], "label": "伪造的标签", "document": "别的文件"}  # type: ignore[index]
    r = httpx.post(f"{api_url}/api/handout", json={"items": [{**cited, "citations": [first]}]})
    assert r.status_code == 200 and "伪造的标签" not in r.text and "别的文件" not in r.text


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "message"),
    [
        ("POST", "/api/handout", {"json": {"title": "   ", "clauses": ["box4.2"]}}, "标题"),
        ("POST", "/api/handout", {"json": {"clauses": ["box4.2"] * 301}}, "300"),
        ("POST", "/api/feedback", {"json": {"rating": "up", "comment": None}}, "意见必须是文字"),
        ("POST", "/api/feedback", {"json": {"rating": "up", "clause_ids": ["x" * 100]}}, "条款编号"),
        ("GET", "/api/subsidies/finder", {"params": {"from_outside": "maybe"}}, "true 或 false"),
        ("GET", "/api/schools", {"params": {"banner": "旗" * 30}}, "旗区"),
        ("PATCH", "/api/feedback/abc", {"json": {"comment": "x"}}, "整数"),
    ],
)
def test_more_bad_input_gets_a_specific_chinese_message(
    api_url: str, method: str, path: str, kwargs: dict[str, object], message: str
) -> None:
    r = httpx.request(method, f"{api_url}{path}", **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 422 and message in r.json()["detail"]
