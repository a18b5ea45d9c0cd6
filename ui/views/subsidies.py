"""The subsidy finder: a short form about the student; the rules that apply, with amounts, conditions and clauses."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import ApiError
from ui.common import cite_ids, client, show_error
from ui.logic import amount_text

NONE_APPLY = "按您填的情况，方案中没有直接适用的学生补贴。具体以学校和市教育体育局的通知为准。"


def _rule(rule: dict[str, Any], missing: str | None = None) -> None:
    with st.container(border=True):
        st.markdown(f"**{rule['title']}**")
        st.markdown(f"金额：**{amount_text(rule)}**")
        st.markdown(f"条件：{rule['condition']}")
        if missing:
            st.markdown(f"还差一个条件：{missing}")
        if rule.get("notes"):
            st.caption(rule["notes"])
        st.markdown("出处：" + cite_ids(list(rule.get("clauses") or [])))


def page() -> None:
    st.title("补贴查询")
    st.caption("只列方案写到的学生补贴；金额按方案原文。方案交给《激励办法》的部分，这里会写明“方案未写明”。")
    with st.form("finder"):
        stage = st.radio(
            "孩子就读（或将就读）的学段",
            ["中职", "高职", "本科"],
            horizontal=True,
            key="f-stage",
            persist_state="session",
        )
        from_outside = st.checkbox("来自鄂尔多斯市以外（其它盟市或区外）", key="f-outside", persist_state="session")
        intern_local = st.checkbox("通过鸿雁计划等在鄂尔多斯市实习", key="f-intern", persist_state="session")
        years = st.number_input("毕业后在鄂尔多斯市域企业就业的年数", 0, 50, 0, key="f-years", persist_state="session")
        key_programme = st.checkbox("就读本市中高职院校的重点建设专业", key="f-key", persist_state="session")
        commissioned = st.checkbox("是急需专业的委培生", key="f-weipei", persist_state="session")
        sent = st.form_submit_button("查询")
    if sent:
        st.session_state["finder_sent"] = True
    if not st.session_state.get("finder_sent"):
        return
    try:
        found = client().find_subsidies(
            stage=stage,
            from_outside=from_outside,
            intern_local=intern_local,
            years_local=int(years),
            key_programme=key_programme,
            commissioned=commissioned,
        )
    except ApiError as err:
        show_error(err)
        return
    applies = sorted(found["applies"], key=lambda r: not r.get("amount"))  # stated amounts first
    almost = found["almost"]
    st.subheader(f"可能适用的补贴：{len(applies)} 项")
    if not applies:
        st.info(NONE_APPLY, icon=":material/info:")
    for rule in applies:
        _rule(rule)
    if almost:
        st.subheader("再满足一个条件即可适用")
        for rule in almost:
            _rule(rule, rule.get("missing"))
    st.caption("申领方式、发放时间方案没有写，请咨询学校或市教育体育局（市职业教育工作联席会议办公室）。")


page()
