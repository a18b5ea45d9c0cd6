"""The evaluation suite's errors, under ZhiTu's exception tree (the `zhitu` CLI prints them and exits 2)."""

from __future__ import annotations

from assistant.errors import ZhiTuError

__all__ = ["EvalError", "GoldError"]


class EvalError(ZhiTuError):
    """An evaluation run cannot go on: no assistant, the server answered badly, a report is unreadable."""


class GoldError(EvalError):
    """A gold file is malformed: bad JSON, an unknown key, a duplicate ID or an inconsistent item."""
