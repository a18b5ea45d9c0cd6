"""Shared pieces of the Streamlit pages: the API client, cached reference data, links and citation widgets."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.settings import get_settings
from ui.client import ApiClient, ApiError

AUDIENCES = {"family": "家长", "teacher": "教师"}
WHERE_TO_ASK = "方案没有写明的事项，请咨询学校招生办公室，或市教育体育局（市职业教育工作联席会议办公室）。"


@st.cache_resource
def client() -> ApiClient:
    """One HTTP client per UI process, pointed at `ZHITU_UI__API_URL`."""
    ui = get_settings().ui
    return ApiClient(ui.api_url, ui.timeout)


@st.cache_data(ttl=600, show_spinner=False)
def clauses() -> list[dict[str, Any]]:
    return client().clauses()


@st.cache_data(ttl=600, show_spinner=False)
def clause_map() -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in clauses()}


@st.cache_data(ttl=600, show_spinner=False)
def glossary() -> list[dict[str, Any]]:
    return client().glossary()


@st.cache_data(ttl=600, show_spinner=False)
def document() -> dict[str, Any]:
    return client().document()


def clause_text(clause_id: str) -> str:
    """A clause's full text ("" while the API is unreachable)."""
    try:
        return str(clause_map().get(clause_id, {}).get("text", ""))
    except ApiError:
        return ""


def audience() -> str:
    """The audience chosen in the sidebar (family by default)."""
    return str(st.session_state.get("audience", "family"))


def clause_link(clause_id: str, text: str | None = None) -> str:
    """A Markdown link that opens the plan browser at one clause."""
    return f"[{text or clause_id}](./plan?clause={clause_id})"


def cite_ids(ids: list[str]) -> str:
    """Clause IDs as links with their labels, for 'according to' lines (bare IDs while the API is unreachable)."""
    try:
        known = clause_map()
    except ApiError:
        known = {}
    return "；".join(clause_link(i, known[i]["label"] if i in known else i) for i in ids)


def terms_in(text: str, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Glossary entries whose term or an alias occurs in `text`, in glossary order."""
    return [e for e in entries if any(n and n in text for n in [e.get("term", ""), *(e.get("aliases") or [])])]


def glossary_popover(text: str, key: str) -> None:
    """A '术语解释' pop-over for the terms that occur in `text` (nothing when there are none)."""
    try:
        found = terms_in(text, glossary())
    except ApiError:
        return  # the answer is still shown; the pop-over is an extra
    if not found:
        return
    with st.popover(f"术语解释（{len(found)}）", icon=":material/menu_book:", key=key):
        for e in found:
            st.markdown(f"**{e['term']}**：{e['plain']}")
            if e.get("clauses"):
                st.caption("方案出处：" + cite_ids(list(e["clauses"])))


def show_error(err: ApiError) -> None:
    st.error(err.message, icon=":material/error:")
