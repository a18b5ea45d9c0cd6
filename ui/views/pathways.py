"""The pathway view: a diagram of the routes 初中 → 中职 → 高职 → 本科, each edge labelled with its clauses."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError
from ui.common import cite_ids, client, show_error
from ui.logic import dot


def page() -> None:
    st.title("升学路径")
    try:
        paths = client().pathways()
    except ApiError as err:
        show_error(err)
        return
    st.caption("每条连线旁的方括号是方案条款编号；点下面的路径可看原文出处。")
    st.graphviz_chart(dot(paths), width="stretch")
    for p in paths:
        with st.expander(p["name"]):
            st.markdown(p.get("plain") or "")
            if p.get("notes"):
                st.caption("方案没有写的：" + p["notes"])
            st.markdown("出处：" + cite_ids(list(p.get("clauses") or [])))


page()
