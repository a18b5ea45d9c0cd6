"""The UI's HTTP client for the ZhiTu API; API and network failures become `ApiError` with a Chinese message."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx

UNREACHABLE = "暂时连不上职途服务，请稍后再试。"


class ApiError(Exception):
    """A failed API call; `message` is safe to show to a family."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def _detail(resp: httpx.Response) -> str:
    try:
        detail = resp.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    return detail if isinstance(detail, str) else f"请求失败（{resp.status_code}），请稍后再试。"


class ApiClient:
    """Every call the UI makes; one method per endpoint."""

    def __init__(self, base_url: str, timeout: float = 30.0, transport: httpx.BaseTransport | None = None) -> None:
        self._http = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout, transport=transport)

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            resp = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ApiError(UNREACHABLE) from exc
        if resp.status_code >= 400:
            raise ApiError(_detail(resp), resp.status_code)
        return resp

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._call(method, path, **kwargs).json()

    def ask_stream(self, question: str, history: list[dict[str, str]], audience: str) -> Iterator[dict[str, Any]]:
        """Yields {"delta": text} as the answer streams, then {"answer": the full answer object}."""
        body = {"question": question, "history": history[-20:], "audience": audience}
        try:
            with self._http.stream("POST", "/api/ask/stream", json=body) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise ApiError(_detail(resp), resp.status_code)
                event = ""
                for line in resp.iter_lines():
                    if line.startswith("event:"):
                        event = line[6:].strip()
                    elif line.startswith("data:"):
                        data = json.loads(line[5:].strip())
                        yield {"delta": data["text"]} if event == "delta" else {"answer": data}
        except httpx.HTTPError as exc:
            raise ApiError(UNREACHABLE) from exc

    def ask(self, question: str, history: list[dict[str, str]], audience: str) -> dict[str, Any]:
        body = {"question": question, "history": history[-20:], "audience": audience}
        result: dict[str, Any] = self._json("POST", "/api/ask", json=body)
        return result

    def clauses(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._json("GET", "/api/clauses")
        return result

    def document(self) -> dict[str, Any]:
        result: dict[str, Any] = self._json("GET", "/api/document")
        return result

    def schools(self, **filters: str | None) -> list[dict[str, Any]]:
        params = {k: v for k, v in filters.items() if v}
        result: list[dict[str, Any]] = self._json("GET", "/api/schools", params=params)
        return result

    def find_subsidies(self, **situation: Any) -> dict[str, list[dict[str, Any]]]:
        params = {k: v for k, v in situation.items() if v not in (None, "")}
        result: dict[str, list[dict[str, Any]]] = self._json("GET", "/api/subsidies/finder", params=params)
        return result

    def pathways(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._json("GET", "/api/pathways")
        return result

    def glossary(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._json("GET", "/api/glossary")
        return result

    def feedback(self, **body: Any) -> dict[str, Any]:
        result: dict[str, Any] = self._json("POST", "/api/feedback", json=body)
        return result

    def feedback_comment(self, feedback_id: int, comment: str) -> dict[str, Any]:
        result: dict[str, Any] = self._json("PATCH", f"/api/feedback/{feedback_id}", json={"comment": comment})
        return result

    def handout(self, **body: Any) -> bytes:
        return self._call("POST", "/api/handout", json=body).content
