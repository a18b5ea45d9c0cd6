"""The plan browser: the document's structure as navigation, every clause with its ID, label and full text."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import ApiError
from ui.common import clause_map, clauses, document, show_error
from ui.logic import HEADS, ancestor_in, depth_of, root_of


def _show(c: dict[str, Any], depth: int, where: str, highlight: bool = False) -> None:
    pages = "、".join(str(p) for p in c.get("pages", []))
    box = st.container(border=highlight, key=f"{where}-{c['id'].replace('.', '_')}")
    heading = "#" * min(3 + depth, 6)
    box.markdown(f"{heading} {c['label']}")
    box.caption(f"编号 {c['id']}" + (f" · 原文第 {pages} 页" if pages else ""))
    box.markdown(c["text"].replace("\n", "  \n"))


def page() -> None:
    st.title("方案原文")
    try:
        meta, items, known = document(), clauses(), clause_map()
    except ApiError as err:
        show_error(err)
        return
    st.caption(f"{meta['citation_name']} · {meta['issuer']} {meta['issued']} 印发 · 共 {meta['clauses']} 条")
    roots = [c["id"] for c in items if root_of(c["id"], known) == c["id"]]
    wanted = st.query_params.get("clause")
    if wanted and wanted not in known:
        st.warning(f"没有编号为 {wanted[:40]} 的条款，请从下面的目录中选择。")
        wanted = None
    start = roots.index(root_of(wanted, known)) if wanted else 0
    root = st.selectbox("目录", roots, index=start, format_func=lambda i: known[i]["label"], key=f"toc-{wanted or ''}")
    parts = [
        root,
        *(c["id"] for c in items if c.get("parent") == root and c.get("kind") in HEADS),
    ]
    inner = ancestor_in(wanted, parts, known) if wanted else root
    part = st.selectbox(
        "小节",
        parts,
        index=parts.index(inner),
        format_func=lambda i: "（全部）" if i == root else known[i]["label"],
        key=f"part-{root}-{wanted or ''}",
    )
    find = st.text_input("在全文中查找", placeholder="例如：鸿雁计划、3+2、双师型", key="plan-find").strip()
    if wanted:
        st.success(f"您打开的条款：{known[wanted]['label']}（{wanted}）", icon=":material/push_pin:")
        _show(known[wanted], 0, "pinned", highlight=True)
        st.divider()
    if find:
        hits = [c for c in items if find in c["text"] or find in c["label"]]
        st.markdown(f"**找到 {len(hits)} 条包含“{find}”的条款**")
        for c in hits[:60]:
            _show(c, 1, "found")
        return
    for c in items:
        if ancestor_in(c["id"], [part], known) == part and c["id"] != wanted:
            _show(c, depth_of(c["id"], known), "toc")


page()
