"""Pure data shaping for the UI's pages (no Streamlit calls), so it can be unit-tested."""

from __future__ import annotations

from typing import Any

import pandas as pd

NOT_STATED = "方案未写明金额"
#: Clause kinds that head a part of the plan (navigation, topics).
HEADS = ("section", "box", "table")
NODES = ("初中", "普通高中", "综合高中", "中职", "技师学院", "高职", "本科")
_ALIASES = (
    ("本科", "本科"),
    ("高职", "高职"),
    ("技师学院", "技师学院"),
    ("技工", "技师学院"),
    ("综合高中", "综合高中"),
    ("普通高中", "普通高中"),
    ("中职", "中职"),
    ("初中", "初中"),
)


def lineage(clause_id: str, known: dict[str, dict[str, Any]]) -> list[str]:
    """The clause and its ancestors, nearest first (the walk stops at an unknown parent or a cycle)."""
    out: list[str] = []
    cur: str | None = clause_id
    while cur is not None and cur in known and cur not in out:
        out.append(cur)
        cur = known[cur].get("parent")
    return out


def root_of(clause_id: str, known: dict[str, dict[str, Any]]) -> str:
    """The top-level clause a clause sits under (itself when it has no parent)."""
    return lineage(clause_id, known)[-1]


def ancestor_in(clause_id: str, heads: list[str], known: dict[str, dict[str, Any]]) -> str | None:
    """The nearest of `heads` that is the clause itself or one of its ancestors (None if none is)."""
    return next((c for c in lineage(clause_id, known) if c in heads), None)


def depth_of(clause_id: str, known: dict[str, dict[str, Any]]) -> int:
    """How many ancestors a clause has."""
    return len(lineage(clause_id, known)) - 1


def student_rows(schools: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per school with its 2021 and 2025 students (None where the plan gives no figure)."""
    rows = []
    for s in schools:
        st_ = s.get("students") or {}
        rows.append(
            {
                "学校": s["name"],
                "2021年在校生": st_.get("2021"),
                "2025年规划": st_.get("2025"),
                "层次": "、".join(s.get("levels") or []) or "未写明",
                "旗区": s.get("banner") or "市属/未写明",
                "类别": s.get("kind") or "",
            }
        )
    return pd.DataFrame(rows)


def stages(level: str | None) -> list[str]:
    """The diagram nodes a record's level names ('中职/普通高中' names two; 'any' names none)."""
    out: list[str] = []
    for part in (level or "").replace("（", "/").split("/"):
        node = next((n for key, n in _ALIASES if key in part), None)
        if node and node not in out:
            out.append(node)
    return out


def edges(paths: list[dict[str, Any]]) -> list[tuple[str, str, str, bool]]:
    """(from, to, label, both ways) for every route between two named stages."""
    out = []
    for p in paths:
        label = p.get("years") or p["name"].split("：")[0].split("（")[0][:10]
        both = "双向" in (p.get("to_level") or "")
        for a in stages(p.get("from_level")):
            for b in stages(p.get("to_level")):
                if a != b:
                    out.append((a, b, f"{label}\\n[{', '.join(p.get('clauses') or [])}]", both))
    return out


def dot(paths: list[dict[str, Any]]) -> str:
    """The routes as a Graphviz digraph."""
    lines = ["digraph routes {", "rankdir=TB;", 'node [shape=box, style="rounded,filled", fillcolor="#eef5ff"];']
    lines += [f'"{n}";' for n in NODES]
    for a, b, label, both in edges(paths):
        extra = ", dir=both" if both else ""
        lines.append(f'"{a}" -> "{b}" [label="{label}", fontsize=10{extra}];')
    lines.append("}")
    return "\n".join(lines)


def amount_text(rule: dict[str, Any]) -> str:
    """The amount as the plan states it, or where the plan defers it."""
    if rule.get("amount"):
        return str(rule["amount"])
    if rule.get("defers_to"):
        return f"{NOT_STATED}，按{rule['defers_to']}执行（本方案未列出）"
    return NOT_STATED


def conversation_items(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chat's answered questions in the handout API's shape."""
    return [
        {"question": m.get("question", ""), "answer": m["answer"]["answer"], "citations": m["answer"]["citations"]}
        for m in messages
        if m.get("role") == "assistant" and m.get("question") and m["answer"].get("answer")
    ]


def topic_clauses(topics: list[str], items: list[dict[str, Any]]) -> list[str]:
    """The clause IDs under the chosen topic headings (each heading and all its descendants), in document order."""
    known = {c["id"]: c for c in items}
    return [c["id"] for c in items if ancestor_in(c["id"], topics, known) is not None]
