"""The HTTP API over a real uvicorn on 127.0.0.1; the official openai SDK as the client of /v1."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base_url(api_url: str) -> str:
    return api_url


def test_ask_contract(base_url: str) -> None:
    r = httpx.post(f"{base_url}/api/ask", json={"question": "委培生毕业后定向就业有什么补助？"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"answer", "citations", "refused", "mode", "suggestions"}
    assert "2万元" in body["answer"] and body["mode"] == "extractive" and body["refused"] is False
    assert {"n", "id", "label", "quote", "document"} == set(body["citations"][0])
    assert any(c["id"] == "s3.7.27" for c in body["citations"])


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"question": ""}, "不能为空"),
        ({"question": "问" * 1001}, "1000"),
        ({"question": "好", "audience": "student"}, "family"),
        ({"question": "好", "history": [{"role": "user", "content": "x"}] * 21}, "20"),
        ({}, "问题"),
    ],
)
def test_bad_input_gets_a_chinese_422(base_url: str, payload: dict[str, object], message: str) -> None:
    r = httpx.post(f"{base_url}/api/ask", json=payload)
    assert r.status_code == 422 and message in r.json()["detail"]


def test_stream_sends_increments_then_the_full_object(base_url: str) -> None:
    events: list[tuple[str, str]] = []
    with httpx.stream("POST", f"{base_url}/api/ask/stream", json={"question": "职普比要达到多少？"}) as r:
        event = ""
        for line in r.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                events.append((event, line.split(":", 1)[1].strip()))
    deltas = "".join(json.loads(d)["text"] for e, d in events if e == "delta")
    final = json.loads(next(d for e, d in events if e == "answer"))
    assert deltas == final["answer"] and "40" in final["answer"] and final["citations"]


def test_browse_endpoints(base_url: str) -> None:
    assert httpx.get(f"{base_url}/api/clauses/box4.2").json()["label"] == "专栏4 鸿雁计划（2）"
    assert httpx.get(f"{base_url}/api/clauses/box99").status_code == 404
    schools = httpx.get(f"{base_url}/api/schools", params={"banner": "乌审旗"}).json()
    assert [s["name"] for s in schools] == ["乌审旗职业中学"]
    assert any(s.get("amount") == "2万元" for s in httpx.get(f"{base_url}/api/subsidies").json())
    assert httpx.get(f"{base_url}/api/pathways").json()
    assert httpx.get(f"{base_url}/api/glossary").json()
    assert httpx.get(f"{base_url}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{base_url}/readyz").status_code == 200
    assert httpx.get(f"{base_url}/docs").status_code == 200


def test_openai_sdk_non_stream(base_url: str) -> None:
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key="unused")
    assert [m.id for m in client.models.list().data] == ["zhitu"]
    resp = client.chat.completions.create(
        model="zhitu", messages=[{"role": "user", "content": "鸿雁计划本科毕业生留鄂就业满5年补多少？"}]
    )
    content = resp.choices[0].message.content or ""
    assert "2万元" in content and "来源" in content
    assert any(c["id"] == "box4.2" for c in (resp.model_extra or {})["citations"])


def test_openai_sdk_stream(base_url: str) -> None:
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key="unused")
    stream = client.chat.completions.create(
        model="zhitu", messages=[{"role": "user", "content": "委培费是多少？"}], stream=True
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert "0.5万元" in text and "来源" in text
