"""The school explorer: filter by banner, level and industry; students 2021 vs 2025; each school's page, cited."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import ApiError
from ui.common import cite_ids, client, show_error
from ui.logic import student_rows

ALL = "全部"
LEVELS = (ALL, "本科", "高职", "中职")
NONE_FOUND = "没有符合条件的学校。方案没有点名的旗区或专业，请咨询当地教育部门或学校招生办公室。"


@st.cache_data(ttl=600, show_spinner=False)
def all_schools() -> list[dict[str, Any]]:
    return client().schools()


def _routes(school: dict[str, Any]) -> list[dict[str, Any]]:
    """Routes onward that name this school, or start from one of its levels."""
    try:
        paths = client().pathways()
    except ApiError:
        return []
    levels = set(school.get("levels") or [])
    return [p for p in paths if school["id"] in (p.get("schools") or []) or p.get("from_level") in levels]


def _school_page(s: dict[str, Any]) -> None:
    st.subheader(s["name"])
    facts = [f"类别：{s.get('kind') or '未写明'}", f"旗区：{s.get('banner') or '市属/未写明'}"]
    st.caption(" · ".join(facts))
    if s.get("specialty_direction"):
        st.markdown(f"**专业方向**：{s['specialty_direction']}")
    if s.get("featured_industries"):
        st.markdown("**对接产业**：" + "、".join(s["featured_industries"]))
    plans = s.get("plans") or []
    if plans:
        st.markdown("**方案中的规划**")
        for p in plans:
            st.markdown(f"- {p['text']}（出处：{cite_ids(list(p.get('clauses') or []))}）")
    routes = _routes(s)
    if routes:
        st.markdown("**升学与去向**")
        for r in routes:
            st.markdown(f"- {r['name']}（出处：{cite_ids(list(r.get('clauses') or []))}）")


def page() -> None:
    st.title("学校一览")
    try:
        schools = all_schools()
    except ApiError as err:
        show_error(err)
        return
    banners = [ALL, *sorted({s["banner"] for s in schools if s.get("banner")})]
    cols = st.columns(3)
    banner = cols[0].selectbox("旗区", banners, key="school-banner", persist_state="session")
    level = cols[1].selectbox("层次", LEVELS, key="school-level", persist_state="session")
    industry = (
        cols[2]
        .text_input("产业/专业", placeholder="如 化工、能源", key="school-industry", persist_state="session")
        .strip()
    )
    try:
        found = client().schools(
            banner=None if banner == ALL else banner, level=None if level == ALL else level, industry=industry or None
        )
    except ApiError as err:
        show_error(err)
        return
    st.markdown(f"**共 {len(found)} 所**（数据出自方案表2及正文，点开学校可看出处）")
    if not found:
        st.info(NONE_FOUND, icon=":material/info:")
        return
    table = student_rows(found)
    st.dataframe(table, hide_index=True, width="stretch")
    chart = table.dropna(subset=["2025年规划"]).set_index("学校")[["2021年在校生", "2025年规划"]]
    if not chart.empty:
        st.markdown("**在校生：2021 年与 2025 年规划**（出处：表2）")
        st.bar_chart(chart, stack=False, horizontal=True, height=max(240, 36 * len(chart)))
    names = {s["name"]: s for s in found}
    chosen = st.selectbox("查看学校详情", list(names), key="school-detail")
    if chosen:
        _school_page(names[chosen])


page()
