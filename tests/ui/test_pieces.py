"""The UI's pure pieces: glossary matching, the pathway diagram, subsidy amounts, the API client's errors."""

from __future__ import annotations

import httpx
import pytest

from ui.client import UNREACHABLE, ApiClient, ApiError
from ui.common import terms_in
from ui.logic import amount_text, conversation_items, edges, stages, topic_clauses


def test_terms_in_matches_terms_and_aliases() -> None:
    entries = [{"term": "中职", "aliases": ["中专", "技校"]}, {"term": "双师型", "aliases": []}]
    assert [e["term"] for e in terms_in("读技校还是普高", entries)] == ["中职"]
    assert terms_in("普通高中", entries) == []


@pytest.mark.parametrize(
    ("level", "nodes"),
    [
        ("中职/普通高中", ["中职", "普通高中"]),
        ("职业本科/应用型本科", ["本科"]),
        ("any", []),
        ("普通高中（双向）", ["普通高中"]),
    ],
)
def test_stages(level: str, nodes: list[str]) -> None:
    assert stages(level) == nodes


def test_edges_carry_their_clauses_and_direction() -> None:
    paths = [
        {"name": "贯通", "from_level": "中职", "to_level": "高职", "years": "3+2", "clauses": ["s3.2.4"]},
        {"name": "职普融通：互转", "from_level": "中职", "to_level": "普通高中（双向）", "clauses": ["s3.2.5"]},
        {"name": "委培", "from_level": "any", "to_level": "委培", "clauses": ["s3.7.27"]},
    ]
    assert edges(paths) == [
        ("中职", "高职", "3+2\\n[s3.2.4]", False),
        ("中职", "普通高中", "职普融通\\n[s3.2.5]", True),
    ]


def test_amount_text_never_invents() -> None:
    assert amount_text({"amount": "2万元"}) == "2万元"
    assert "方案未写明金额" in amount_text({"amount": None, "defers_to": "《激励办法》"})
    assert amount_text({"amount": None}) == "方案未写明金额"


def test_conversation_items_keep_answered_questions_only() -> None:
    msgs = [
        {"role": "user", "content": "q"},
        {"role": "assistant", "question": "q", "answer": {"answer": "a[1]", "citations": [{"n": 1}]}},
    ]
    assert conversation_items(msgs) == [{"question": "q", "answer": "a[1]", "citations": [{"n": 1}]}]


def test_client_turns_api_errors_into_chinese_messages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json={"detail": "请输入问题（不能为空）。"})

    with pytest.raises(ApiError) as err:
        ApiClient("http://zhitu.test", transport=httpx.MockTransport(handler)).ask("", [], "family")
    assert err.value.message == "请输入问题（不能为空）。" and err.value.status == 422


def test_client_reports_an_unreachable_api() -> None:
    with pytest.raises(ApiError) as err:
        ApiClient("http://127.0.0.1:9", timeout=2).glossary()
    assert err.value.message == UNREACHABLE


def test_topic_clauses_take_a_heading_and_its_descendants_in_order() -> None:
    items = [
        {"id": "s3", "parent": None},
        {"id": "s3.2", "parent": "s3"},
        {"id": "box4", "parent": "s3.2"},
        {"id": "box4.1", "parent": "box4"},
        {"id": "box4.2", "parent": "box4"},
        {"id": "s4", "parent": None},
    ]
    assert topic_clauses(["box4"], items) == ["box4", "box4.1", "box4.2"]
    assert topic_clauses(["s4", "box4"], items) == ["box4", "box4.1", "box4.2", "s4"]
    assert topic_clauses([], items) == []
