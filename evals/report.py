"""Write an evaluation report: terminal table, Markdown + JSON + PNG in evals/reports/, and the README block."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evals.summary import HEADLINE

__all__ = [
    "README_BEGIN",
    "README_END",
    "REPORTS_DIR",
    "figures_table",
    "markdown",
    "print_summary",
    "update_readme",
    "write",
]

REPORTS_DIR = Path(__file__).resolve().parent / "reports"
README_BEGIN, README_END = "<!-- eval:begin -->", "<!-- eval:end -->"


def _fmt(value: Any, name: str = "") -> str:
    if value is None:
        return "—"
    if name.startswith("latency"):
        return f"{value:.2f}s"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def figures_table(report: Mapping[str, Any]) -> str:
    """Markdown table of the headline figures, with the baseline beside them when it ran."""
    base = (report.get("baseline") or {}).get("figures")
    header = ["figure", "ZhiTu"] + (["baseline"] if base else [])
    names = [*HEADLINE, "recall_at_5_fused", "mrr_fused"]
    rows = [[n, _fmt(report["figures"].get(n), n)] + ([_fmt(base.get(n), n)] if base else []) for n in names]
    return _table(header, rows)


def _category_table(report: Mapping[str, Any]) -> str:
    base = (report.get("baseline") or {}).get("by_category") or {}
    rows = []
    for cat, f in report["by_category"].items():
        b = base.get(cat, {}).get("answer_accuracy") if base else None
        rows.append([cat, str(int(f["n"] or 0)), _fmt(f["answer_accuracy"]), _fmt(b) if base else "—"])
    return _table(["category", "n", "accuracy", "baseline"], rows)


def _retrieval_table(report: Mapping[str, Any]) -> str:
    names = ["recall@1", "recall@5", "recall@10", "mrr"]
    rows = [[ranker, *(_fmt(m.get(n)) for n in names)] for ranker, m in report["retrieval"].items()]
    return _table(["ranker", *names], rows)


def _failure_md(f: Mapping[str, Any]) -> str:
    lines = [f"### {f['id']} ({f['category']})", f"- 问题：{f['question']}", f"- 回答：{f['answer'] or '（空）'}"]
    for key in ("reason", "missing", "forbidden", "unsupported", "bad_quotes"):
        if f[key]:
            lines.append(f"- {key}: {f[key] if isinstance(f[key], str) else '; '.join(f[key])}")
    lines.append(f"- cited: {', '.join(f['cited']) or '—'}; required: {', '.join(f['required']) or '—'}")
    return "\n".join(lines)


def markdown(report: Mapping[str, Any], chart: str) -> str:
    """The Markdown report."""
    meta = report["meta"]
    parts = [
        f"# ZhiTu evaluation {meta['date']} — {meta['split']} split, {meta['mode']} mode",
        f"Source: {meta['source']}; modes seen: {meta['modes_seen']}; limit: {meta['limit'] or 'none'}; "
        f"judge: {meta['judge']}.\n\nSplit file sha256: `{meta['split_sha256']}`",
        "## Figures\n\n" + figures_table(report),
        "## Accuracy by category\n\n" + _category_table(report) + f"\n\n![accuracy by category]({chart})",
        "## Retrieval (answerable items)\n\n" + _retrieval_table(report),
        f"## Failing items ({len(report['failures'])})\n\n" + "\n\n".join(_failure_md(f) for f in report["failures"]),
    ]
    return "\n\n".join(parts) + "\n"


def _chart(report: Mapping[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cats = list(report["by_category"])
    ours = [report["by_category"][c]["answer_accuracy"] or 0.0 for c in cats]
    base = (report.get("baseline") or {}).get("by_category")
    fig, ax = plt.subplots(figsize=(10, 4))
    width = 0.4 if base else 0.8
    xs = list(range(len(cats)))
    ax.bar([x - width / 2 if base else x for x in xs], ours, width, label="ZhiTu")
    if base:
        vals = [base.get(c, {}).get("answer_accuracy") or 0.0 for c in cats]
        ax.bar([x + width / 2 for x in xs], vals, width, label="baseline")
    ax.set_xticks(xs, cats, rotation=30, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("answer accuracy")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write(report: Mapping[str, Any], out_dir: Path = REPORTS_DIR) -> Path:
    """Write <date>-<mode>.md, .json and .png; return the Markdown path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"{report['meta']['date']}-{report['meta']['mode']}"
    png = stem.with_suffix(".png")
    _chart(report, png)
    stem.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md = stem.with_suffix(".md")
    md.write_text(markdown(report, png.name), encoding="utf-8")
    return md


def print_summary(report: Mapping[str, Any]) -> None:
    """The headline figures on the terminal (baseline beside them when it ran)."""
    base = (report.get("baseline") or {}).get("figures")
    names = [*HEADLINE, "recall_at_5_fused", "mrr_fused"]
    print(f"{'figure':<26}{'ZhiTu':>10}" + (f"{'baseline':>10}" if base else ""))
    for n in names:
        row = f"{n:<26}{_fmt(report['figures'].get(n), n):>10}"
        print(row + (f"{_fmt(base.get(n), n):>10}" if base else ""))
    print(f"failing items: {len(report['failures'])}; judge: {report['meta']['judge']}")


def update_readme(readme: Path, report: Mapping[str, Any]) -> bool:
    """Replace the block between the eval markers with the latest figures; False when the markers are absent."""
    if not readme.exists():
        return False
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(README_BEGIN) + r".*?" + re.escape(README_END), re.DOTALL)
    if not pattern.search(text):
        return False
    meta = report["meta"]
    caption = f"_{meta['date']}, {meta['split']} split, {meta['mode']} mode_"
    block = f"{README_BEGIN}\n{caption}\n\n{figures_table(report)}\n{README_END}"
    readme.write_text(pattern.sub(lambda _: block, text, count=1), encoding="utf-8")
    return True
