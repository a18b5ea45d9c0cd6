"""Prompts and fixed wording as data (rules.yaml), with a check that every template gets its variables."""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_DIR = Path(__file__).parent


@lru_cache(maxsize=1)
def wording() -> dict[str, Any]:
    """All fixed wording, loaded once."""
    return dict(yaml.safe_load((_DIR / "rules.yaml").read_text(encoding="utf-8")))


def render(key: str, **variables: str) -> str:
    """Fill a template; a missing or unknown variable is an error, not a silent blank."""
    template = str(wording()[key])
    needed = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if needed != set(variables):
        raise KeyError(f"template {key!r} needs {sorted(needed)}, got {sorted(variables)}")
    return template.format(**variables)
