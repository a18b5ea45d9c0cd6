"""Handout export: the conversation and/or chosen clauses as Markdown, PDF or DOCX for a parents' meeting."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError
from ui.common import clause_map, clauses, client, document, show_error
from ui.logic import HEADS, conversation_items, topic_clauses

FORMATS = {"pdf": "PDF（打印）", "docx": "Word（DOCX）", "md": "Markdown"}
MIME = {
    "md": "text/markdown",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def page() -> None:
    st.title("导出讲义")
    st.caption("把对话或某个专题的方案原文导出，家长会上打印分发；讲义附出处、文号、版本和日期。")
    try:
        meta, items, known = document(), clauses(), clause_map()
    except ApiError as err:
        show_error(err)
        return
    qa = conversation_items(st.session_state.get("messages", []))
    use_chat = st.checkbox(f"包含本次对话（{len(qa)} 条问答）", value=bool(qa), disabled=not qa, key="h-chat")
    headings = [c["id"] for c in items if c.get("kind") in HEADS]
    topics = st.multiselect(
        "按专题附上方案原文",
        headings,
        format_func=lambda i: known[i]["label"],
        placeholder="例如：专栏4 鸿雁计划、三（二）促进纵向贯通……",
        key="h-topics",
    )
    chosen = st.multiselect(
        "再附上单独的条款",
        [c["id"] for c in items],
        format_func=lambda i: f"{known[i]['label']}（{i}）",
        placeholder="例如：表2 第9行",
        key="h-clauses",
    )
    title = st.text_input("讲义标题", value="职业教育政策问答", max_chars=60, key="h-title")
    fmt = st.radio("格式", list(FORMATS), format_func=FORMATS.__getitem__, horizontal=True, key="h-format")
    if st.button("生成讲义", type="primary", key="h-make"):
        ids = list(dict.fromkeys([*topic_clauses(topics, items), *chosen]))
        body = {"title": title or "职业教育政策问答", "items": qa if use_chat else [], "clauses": ids, "format": fmt}
        try:
            st.session_state["handout"] = (fmt, client().handout(**body), body["title"])
        except ApiError as err:
            show_error(err)
    made = st.session_state.get("handout")
    if made:
        kind, data, name = made
        st.success(f"讲义已生成（{FORMATS[kind]}，依据{meta['citation_name']}）。", icon=":material/check_circle:")
        st.download_button(
            "下载讲义", data, file_name=f"{name}.{kind}", mime=MIME[kind], key="h-download", type="primary"
        )
        if kind == "md":
            with st.expander("预览"):
                st.markdown(data.decode())


page()
