"""Shared types of the assistant: Clause (re-exported), Citation, Turn, Answer."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ingest.types import Clause

Audience = Literal["family", "teacher"]
Mode = Literal["extractive", "llm"]

__all__ = ["Answer", "Audience", "Citation", "Clause", "Mode", "Turn"]


class Turn(BaseModel):
    """One earlier message of the conversation."""

    role: Literal["user", "assistant"]
    content: str = Field(max_length=4000)


class Citation(BaseModel):
    """What a citation marker [n] points to: a clause and the verbatim quote that supports the sentence."""

    n: int
    id: str
    label: str
    quote: str
    document: str


class Answer(BaseModel):
    """The answer object returned by every mode, the API and `zhitu ask --json`."""

    answer: str
    citations: list[Citation] = Field(default_factory=list)
    refused: bool = False
    mode: Mode = "extractive"
    suggestions: list[str] = Field(default_factory=list)
    route: str = Field("", exclude=True, description="Internal: which route answered (for evals and logs)")
    dropped: list[str] = Field(default_factory=list, exclude=True, description="Sentences the guard dropped")
