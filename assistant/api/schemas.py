"""Request and response bodies of the HTTP API (the /api/ask contract is fixed: extend, never change)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.types import Audience, Turn


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
