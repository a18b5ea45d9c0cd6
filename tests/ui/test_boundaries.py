"""The UI reaches the assistant over HTTP only: it imports nothing from `assistant` but the settings."""

from __future__ import annotations

import ast

import pytest

from assistant.settings import REPO_ROOT


@pytest.mark.parametrize("path", sorted((REPO_ROOT / "ui").rglob("*.py")), ids=lambda p: p.name)
def test_ui_imports_no_assistant_logic(path: object) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    ours = {m for m in imported if m.split(".")[0] in ("assistant", "ingest", "evals")}
    assert ours <= {"assistant.settings"}, ours
