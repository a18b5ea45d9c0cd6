"""Request and response bodies of the HTTP API (the /api/ask contract is fixed: extend, never change)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from assistant.types import Audience, Citation, Mode, Turn


class AskRequest(BaseModel):
    """POST /api/ask."""

    question: str = Field(min_length=1, max_length=1000, description="问题，1–1000 字")
    history: list[Turn] = Field(default_factory=list, max_length=20, description="之前的对话，最多 20 轮")
    audience: Audience = Field("family", description="family（家长，简短）或 teacher（教师，完整条文）")


class ChatMessage(BaseModel):
    """One OpenAI-style message."""

    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    """POST /v1/chat/completions (the fields ZhiTu uses; others are accepted and ignored)."""

    model: str = "zhitu"
    messages: list[ChatMessage] = Field(min_length=1, max_length=41)
    stream: bool = False
    user: str | None = None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _printable(text: str) -> str:
    """Text without control characters (they cannot go into a DOCX or PDF, and mean nothing to a reader)."""
    return _CONTROL.sub("", text)


#: Free text from a client: control characters removed.
Text = Annotated[str, AfterValidator(_printable)]
#: A clause ID as the plan's index spells them (s3.2.10, box4.2, table2.r12).
ClauseId = Annotated[str, StringConstraints(max_length=40, pattern=r"^[A-Za-z0-9_.:-]+$")]


class FeedbackRequest(BaseModel):
    """POST /api/feedback: a thumbs up or down on one answer, with an optional comment."""

    rating: Literal["up", "down"] = Field(description="up（有帮助）或 down（没帮助）")
    comment: Text = Field("", max_length=500, description="可选的意见，最多 500 字")
    question: Text = Field("", max_length=1000, description="被评价的问题")
    answer: Text = Field("", max_length=4000, description="被评价的回答")
    clause_ids: list[ClauseId] = Field(default_factory=list, max_length=20, description="回答引用的条款编号")
    audience: Audience = "family"
    mode: Mode = "extractive"


class FeedbackComment(BaseModel):
    """PATCH /api/feedback/{id}: a comment added after the thumbs tap."""

    comment: Text = Field(max_length=500, description="意见，最多 500 字")


class HandoutItem(BaseModel):
    """One question and its cited answer in a handout."""

    question: Text = Field(min_length=1, max_length=1000)
    answer: Text = Field(min_length=1, max_length=4000)
    citations: list[Citation] = Field(default_factory=list, max_length=30)


class HandoutRequest(BaseModel):
    """POST /api/handout: a conversation (items) and/or a topic (clause IDs) to print for a parents' meeting."""

    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60), AfterValidator(_printable)
    ] = Field("职业教育政策问答", description="讲义标题")
    items: list[HandoutItem] = Field(default_factory=list, max_length=50, description="问答（来自对话）")
    clauses: list[ClauseId] = Field(default_factory=list, max_length=300, description="要附上原文的条款编号（专题）")
    format: Literal["md", "pdf", "docx"] = Field("md", description="md、pdf 或 docx")
