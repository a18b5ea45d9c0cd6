"""The optional LLM judge: statement-level support of an answer by its cited clauses (only when configured)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from string import Template

__all__ = ["PROMPT_PATH", "Judge", "parse_verdict", "render_prompt"]

PROMPT_PATH = Path(__file__).resolve().parent / "judge_prompt.txt"
_VARIABLES = {"question", "answer", "evidence"}


def render_prompt(question: str, answer: str, evidence: Sequence[str], template: str | None = None) -> str:
    """The judge prompt with its three variables filled in (a template missing one of them is an error)."""
    text = template if template is not None else PROMPT_PATH.read_text(encoding="utf-8")
    names = {m.group("named") or m.group("braced") for m in Template.pattern.finditer(text)} - {None}
    if names != _VARIABLES:
        raise ValueError(f"judge prompt variables must be {sorted(_VARIABLES)}, got {sorted(n for n in names if n)}")
    body = "\n\n".join(f"[{n}] {t}" for n, t in enumerate(evidence, 1))
    return Template(text).substitute(question=question, answer=answer, evidence=body)


def parse_verdict(reply: str) -> float:
    """Share of supported statements in the judge's JSON reply; an unparseable or empty reply scores 0."""
    match = re.search(r"\{.*\}", reply, re.DOTALL)
    try:
        statements = json.loads(match.group(0))["statements"] if match else []
        verdicts = [s["supported"] is True for s in statements]
    except (json.JSONDecodeError, KeyError, TypeError):
        return 0.0
    return sum(verdicts) / len(verdicts) if verdicts else 0.0


class Judge:
    """Scores answers with a chat model; `complete` maps a prompt to the model's reply."""

    def __init__(self, complete: Callable[[str], str], model: str = "") -> None:
        self._complete = complete
        self.model = model

    @classmethod
    def from_env(cls) -> Judge | None:
        """A judge on the OpenAI-compatible endpoint ZHITU_JUDGE__BASE_URL (None when it is not set)."""
        base_url = os.environ.get("ZHITU_JUDGE__BASE_URL")
        if not base_url:
            return None
        from openai import OpenAI

        client = OpenAI(base_url=base_url, api_key=os.environ.get("ZHITU_JUDGE__API_KEY", "EMPTY"))
        model = os.environ.get("ZHITU_JUDGE__MODEL", "qwen2.5-7b-instruct")

        def complete(prompt: str) -> str:
            resp = client.chat.completions.create(
                model=model, temperature=0, messages=[{"role": "user", "content": prompt}]
            )
            return resp.choices[0].message.content or ""

        return cls(complete, model)

    def score(self, question: str, answer: str, evidence: Sequence[str]) -> float:
        """Share of the answer's statements the evidence supports (0 when the reply cannot be parsed)."""
        from openai import OpenAIError

        try:
            reply = self._complete(render_prompt(question, answer, evidence))
        except OpenAIError:
            return 0.0
        return parse_verdict(reply)
