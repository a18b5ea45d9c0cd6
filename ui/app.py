"""Entry point of the Streamlit UI (`zhitu ui`): page setup, the audience switch and navigation."""

from __future__ import annotations

import streamlit as st

from ui.common import AUDIENCES

st.set_page_config(page_title="职途 · 鄂尔多斯职业教育问答", page_icon=":material/explore:", layout="wide")

PAGES = [
    st.Page("views/chat.py", title="问答", icon=":material/chat:", default=True),
    st.Page("views/plan.py", title="方案原文", icon=":material/description:", url_path="plan"),
    st.Page("views/schools.py", title="学校一览", icon=":material/school:", url_path="schools"),
    st.Page("views/pathways.py", title="升学路径", icon=":material/alt_route:", url_path="pathways"),
    st.Page("views/subsidies.py", title="补贴查询", icon=":material/savings:", url_path="subsidies"),
    st.Page("views/handout.py", title="导出讲义", icon=":material/print:", url_path="handout"),
]

with st.sidebar:
    st.radio(
        "我是",
        list(AUDIENCES),
        format_func=AUDIENCES.__getitem__,
        horizontal=True,
        key="audience",
        help="家长：简短好懂；教师：附完整条文。",
    )

st.navigation(PAGES).run()
