"""The faithfulness guard used by every mode and by evals: figures must be in the cited clauses, quotes verbatim."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from assistant.numbers import supported

log = logging.getLogger(__name__)

_SENTENCE = re.compile(r"[^。！？]*[。！？](?:\s*\[\d+\])*")
_MARK = re.compile(r"\[(\d+)\]")


def split_sentences(answer: str) -> list[str]:
    """Sentences of an answer, each with its trailing citation markers."""
    parts = _SENTENCE.findall(answer)
    rest = answer[sum(len(p) for p in parts) :].strip()
    return [p.strip() for p in parts if p.strip()] + ([rest] if rest else [])


def unsupported(sentence: str, cited_text: Callable[[int], str]) -> set[float]:
    """Figures in a sentence that none of the clauses its markers cite contain."""
    marks = [int(m) for m in _MARK.findall(sentence)]
    evidence = "".join(cited_text(n) for n in marks)
    return supported(_MARK.sub("", sentence), evidence)


def guard_answer(answer: str, cited_text: Callable[[int], str]) -> tuple[str, list[str]]:
    """The answer without unsupported sentences, and the sentences dropped (each drop is logged, not its text)."""
    kept, dropped = [], []
    for sentence in split_sentences(answer):
        bad = unsupported(sentence, cited_text)
        if bad:
            dropped.append(sentence)
            log.warning("guard dropped a sentence: %d unsupported figure(s)", len(bad))
        else:
            kept.append(sentence)
    return "".join(kept), dropped


def quote_is_verbatim(quote: str, clause_text: str | None) -> bool:
    """A quote occurs in its clause (whitespace ignored; parts around an ellipsis must each occur)."""
    if clause_text is None:
        return False
    text = re.sub(r"\s", "", clause_text)
    parts = [p for p in re.split(r"…+|\.{3,}", re.sub(r"\s", "", quote)) if p]
    return bool(parts) and all(p in text for p in parts)
