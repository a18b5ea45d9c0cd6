"""The CI gate: compare a report's figures with evals/thresholds.toml and list what fails."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evals.errors import EvalError

__all__ = ["THRESHOLDS_PATH", "check", "load_thresholds"]

THRESHOLDS_PATH = Path(__file__).resolve().parent / "thresholds.toml"


def load_thresholds(path: Path = THRESHOLDS_PATH) -> dict[str, float]:
    """The thresholds file as {key: value}; every value must be a number."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EvalError(f"cannot read thresholds {path}: {exc}") from exc
    bad = [k for k, v in data.items() if isinstance(v, bool) or not isinstance(v, int | float)]
    if bad:
        raise EvalError(f"{path.name}: thresholds must be numbers: {bad}")
    return {k: float(v) for k, v in data.items()}


def check(figures: Mapping[str, Any], thresholds: Mapping[str, float]) -> list[str]:
    """One message per failing threshold; a figure missing from the report (or None) fails too."""
    failures = []
    for key, limit in thresholds.items():
        name, is_max = (key[4:], True) if key.startswith("max_") else (key, False)
        value = figures.get(name)
        if value is None:
            failures.append(f"{name}: missing from the report (threshold {limit:g})")
        elif is_max and value > limit:
            failures.append(f"{name} = {value:.3f} is above the maximum {limit:g}")
        elif not is_max and value < limit:
            failures.append(f"{name} = {value:.3f} is below the minimum {limit:g}")
    return failures
