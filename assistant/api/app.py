"""FastAPI application: /api/ask (+SSE), browse, finder, feedback, handouts, OpenAI-compatible /v1, Chinese 4xx."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sse_starlette.sse import EventSourceResponse

from assistant import handout as ho
from assistant.api.schemas import (
    AskRequest,
    ChatMessage,
    ChatRequest,
    FeedbackComment,
    FeedbackRequest,
    HandoutRequest,
)
from assistant.feedback import Feedback, FeedbackStore
from assistant.guard import quote_is_verbatim
from assistant.service import Assistant
from assistant.settings import Settings, get_settings
from assistant.tools import StudentSituation, find_schools, find_subsidies, pathways, subsidy_rules
from assistant.types import Answer, Citation, Turn
from ingest.errors import IndexMissingError, ZhiTuError

log = logging.getLogger(__name__)


def get_assistant(request: Request) -> Assistant:
    """The app's assistant (503 while the index is missing)."""
    a = request.app.state.assistant
    if a is None:
        raise HTTPException(503, "索引尚未建立，请先运行 zhitu ingest。")
    return a


AssistantDep = Annotated[Assistant, Depends(get_assistant)]


_FEEDBACK_LOCK = threading.Lock()


def get_feedback(request: Request) -> FeedbackStore:
    """The app's feedback store, opened on first use (once, even under concurrent first requests)."""
    with _FEEDBACK_LOCK:
        if request.app.state.feedback is None:
            request.app.state.feedback = FeedbackStore(request.app.state.settings.database)
    store: FeedbackStore = request.app.state.feedback
    return store


FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback)]

MEDIA = {
    "md": "text/markdown; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


#: (field, error type or "*") → message; the first error that matches decides.
_MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("question", "string_too_short", "请输入问题（不能为空）。"),
    ("question", "missing", "请输入问题（不能为空）。"),
    ("question", "string_too_long", "问题太长了，请控制在 1000 字以内。"),
    ("history", "too_long", "对话历史太长，最多保留 20 轮。"),
    ("history", "*", "history 格式不对：每一项需要 role（user 或 assistant）和 content。"),
    ("audience", "*", "audience 只能是 family（家长）或 teacher（教师）。"),
    ("messages", "*", "messages 格式不对：至少需要一条 user 消息。"),
    ("rating", "*", "rating 只能是 up（有帮助）或 down（没帮助）。"),
    ("comment", "string_too_long", "意见太长了，请控制在 500 字以内。"),
    ("comment", "*", "意见必须是文字（可以不填）。"),
    ("feedback_id", "*", "反馈编号必须是整数。"),
    ("answer", "string_too_long", "回答太长了，最多 4000 字。"),
    ("clause_ids", "*", "clause_ids 必须是方案中的条款编号（最多 20 个）。"),
    ("mode", "*", "mode 只能是 extractive 或 llm。"),
    ("format", "*", "讲义格式只能是 md、pdf 或 docx。"),
    ("title", "*", "讲义标题请填 1–60 个字。"),
    ("items", "too_long", "讲义最多 50 条问答。"),
    ("items", "*", "讲义的问答格式不对：每条需要问题、回答和出处。"),
    ("clauses", "too_long", "讲义最多附 300 个条款，请少选几个专题。"),
    ("clauses", "*", "clauses 必须是方案中的条款编号。"),
    ("years_local", "*", "就业年限请填 0–50 之间的整数。"),
    ("stage", "*", "学段只能是 中职、高职 或 本科。"),
    ("from_outside", "*", "是否外地学生只能填 true 或 false。"),
    ("intern_local", "*", "是否在鄂实习只能填 true 或 false。"),
    ("key_programme", "*", "是否重点建设专业只能填 true 或 false。"),
    ("commissioned", "*", "是否委培生只能填 true 或 false。"),
    ("banner", "*", "旗区名称太长了（最多 20 字）。"),
    ("level", "*", "层次太长了，请填 本科、高职 或 中职。"),
    ("industry", "*", "产业名称太长了（最多 20 字）。"),
    ("name", "*", "校名太长了（最多 40 字）。"),
    ("topic", "*", "主题太长了（最多 20 字）。"),
    ("from_level", "*", "起点层次太长了，请填 中职、高职 等。"),
)


def _chinese_validation_message(exc: RequestValidationError) -> str:
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path")]
        kind = str(err.get("type", ""))
        field = loc[0] if loc else ""
        for name, wanted, message in _MESSAGES:
            if name == field and wanted in (kind, "*"):
                return message
    return "请求格式不正确，请检查后重试。"


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    """Build the app; the assistant is opened at start-up (or given, in tests)."""
    cfg = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.assistant is None:
            try:
                app.state.assistant = Assistant.open(cfg)
            except IndexMissingError:
                log.error("no index in %s: run `zhitu ingest`", cfg.data_dir)
        yield
        if app.state.feedback is not None:
            app.state.feedback.close()

    app = FastAPI(
        title="职途 ZhiTu",
        version="0.1.0",
        description="鄂尔多斯市职业教育改革发展实施方案问答：每句都有出处。",
        lifespan=lifespan,
    )
    app.state.assistant = assistant
    app.state.settings = cfg
    app.state.feedback = None

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _chinese_validation_message(exc)}, status_code=422)

    @app.exception_handler(ZhiTuError)
    async def _ours(_request: Request, exc: ZhiTuError) -> JSONResponse:
        log.error("request failed: %s", type(exc).__name__)
        return JSONResponse({"detail": exc.user_message}, status_code=503)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz(request: Request) -> JSONResponse:
        ready = request.app.state.assistant is not None
        body = {"status": "ready" if ready else "index missing"}
        return JSONResponse(body, status_code=200 if ready else 503)

    @app.post("/api/ask", response_model=Answer)
    def ask(body: AskRequest, a: AssistantDep) -> Answer:
        return a.ask(body.question, body.history, body.audience)

    @app.post("/api/ask/stream")
    async def ask_stream(body: AskRequest, a: AssistantDep) -> EventSourceResponse:
        answer = await asyncio.to_thread(a.ask, body.question, body.history, body.audience)

        async def events() -> AsyncIterator[dict[str, str]]:
            for piece in _pieces(answer.answer):
                yield {"event": "delta", "data": json.dumps({"text": piece}, ensure_ascii=False)}
            yield {"event": "answer", "data": answer.model_dump_json()}

        return EventSourceResponse(events())

    @app.get("/api/clauses/{clause_id}")
    def clause(clause_id: str, a: AssistantDep) -> dict[str, Any]:
        c = a.knowledge.clauses.get(clause_id)
        if c is None:
            raise HTTPException(404, f"没有编号为 {clause_id[:40]} 的条款。")
        return {**c.to_json(), "heading_path": list(c.heading_path), "document": a.knowledge.document_name(c)}

    @app.get("/api/clauses")
    def all_clauses(a: AssistantDep) -> list[dict[str, Any]]:
        """Every clause in document order, with its parent: the plan browser's navigation."""
        return [
            {**c.to_json(), "kind": c.kind, "parent": c.parent, "heading_path": list(c.heading_path)}
            for c in a.knowledge.clauses.values()
        ]

    @app.get("/api/document")
    def document(a: AssistantDep) -> dict[str, Any]:
        """The plan's title, 文号, issuer, dates and the corpus version."""
        meta = a.knowledge.primary
        if meta is None:
            raise HTTPException(404, "资料库中没有主文档。")
        return {
            "id": meta.id,
            "title": meta.title,
            "doc_number": meta.doc_number,
            "issuer": meta.issuer,
            "issued": meta.issued,
            "citation_name": meta.citation_name,
            "version": meta.sha256[:8],
            "clauses": len(a.knowledge.clauses),
        }

    @app.get("/api/schools")
    def schools(
        a: AssistantDep,
        banner: Annotated[str | None, Query(max_length=20, description="旗区，如 乌审旗")] = None,
        level: Annotated[str | None, Query(max_length=10, description="层次：本科/高职/中职")] = None,
        industry: Annotated[str | None, Query(max_length=20, description="产业/专业方向，如 化工")] = None,
        name: Annotated[str | None, Query(max_length=40, description="校名或简称")] = None,
    ) -> list[dict[str, Any]]:
        return find_schools(a.knowledge, banner=banner, level=level, industry=industry, name=name)

    @app.get("/api/subsidies")
    def subsidies(
        a: AssistantDep,
        topic: Annotated[str | None, Query(max_length=20)] = None,
        level: Annotated[str | None, Query(max_length=10)] = None,
    ) -> list[dict[str, Any]]:
        return subsidy_rules(a.knowledge, topic=topic, level=level)

    @app.get("/api/subsidies/finder")
    def subsidy_finder(
        a: AssistantDep,
        stage: Annotated[Literal["中职", "高职", "本科"] | None, Query(description="学段")] = None,
        from_outside: Annotated[bool, Query(description="是否来自鄂尔多斯市以外")] = False,
        intern_local: Annotated[bool, Query(description="是否在鄂尔多斯市实习")] = False,
        years_local: Annotated[int, Query(ge=0, le=50, description="毕业后在市域企业就业的年数")] = 0,
        key_programme: Annotated[bool, Query(description="是否就读重点建设专业")] = False,
        commissioned: Annotated[bool, Query(description="是否急需专业委培生")] = False,
    ) -> dict[str, list[dict[str, Any]]]:
        situation = StudentSituation(
            stage=stage,
            from_outside=from_outside,
            intern_local=intern_local,
            years_local=years_local,
            key_programme=key_programme,
            commissioned=commissioned,
        )
        return find_subsidies(a.knowledge, situation)

    @app.post("/api/feedback", status_code=201)
    def feedback(body: FeedbackRequest, store: FeedbackDep) -> dict[str, Any]:
        """Store a rating; free text is redacted (phone, ID and house numbers, e-mail, chat IDs) first."""
        fid = store.add(Feedback(**body.model_dump(exclude={"clause_ids"}), clause_ids=tuple(body.clause_ids)))
        return {"id": fid, "message": "谢谢您的反馈！"}

    @app.patch("/api/feedback/{feedback_id}")
    def feedback_comment(feedback_id: int, body: FeedbackComment, store: FeedbackDep) -> dict[str, Any]:
        """Add the optional comment to a rating stored by the thumbs tap (redacted the same way)."""
        if not store.set_comment(feedback_id, body.comment):
            raise HTTPException(404, "找不到这条反馈。")
        return {"id": feedback_id, "message": "谢谢您的意见！"}

    @app.post("/api/handout", response_class=Response)
    def handout(body: HandoutRequest, a: AssistantDep) -> Response:
        """A handout of a conversation and/or clauses as Markdown, PDF or DOCX; quotes are checked against the plan."""
        doc = _handout(body, a)
        if body.format == "pdf":
            data = ho.to_pdf(doc, ho.find_font(cfg.handout_font))
        elif body.format == "docx":
            data = ho.to_docx(doc)
        else:
            data = ho.to_markdown(doc).encode()
        name = quote(f"{body.title}.{body.format}")
        headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{name}"}
        return Response(data, media_type=MEDIA[body.format], headers=headers)

    @app.get("/api/pathways")
    def get_pathways(
        a: AssistantDep, from_level: Annotated[str | None, Query(max_length=10)] = None
    ) -> list[dict[str, Any]]:
        return pathways(a.knowledge, from_level=from_level)

    @app.get("/api/glossary")
    def glossary(a: AssistantDep) -> list[dict[str, Any]]:
        return list(a.knowledge.records.get("glossary", []))

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "zhitu", "object": "model", "created": 0, "owned_by": "zhitu"}]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(body: ChatRequest, a: AssistantDep) -> Any:
        question, history = _from_messages(body.messages)
        if not question:
            raise HTTPException(422, "messages 中至少需要一条非空的 user 消息。")
        answer = await asyncio.to_thread(a.ask, question[:1000], history[-20:], "family")
        content = _with_sources(answer)
        cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
        cites = [c.model_dump() for c in answer.citations]
        if not body.stream:
            return {
                "id": cid,
                "object": "chat.completion",
                "created": created,
                "model": "zhitu",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                "citations": cites,
                "refused": answer.refused,
            }

        async def chunks() -> AsyncIterator[str]:
            def chunk(delta: dict[str, Any], finish: str | None = None, extra: bool = False) -> str:
                obj: dict[str, Any] = {
                    "id": cid,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": "zhitu",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                if extra:
                    obj["citations"] = cites
                return json.dumps(obj, ensure_ascii=False)

            yield chunk({"role": "assistant", "content": ""})
            for piece in _pieces(content):
                yield chunk({"content": piece})
            yield chunk({}, "stop", extra=True)
            yield "[DONE]"

        return EventSourceResponse(chunks())

    return app


def _handout(body: HandoutRequest, a: Assistant) -> ho.Handout:
    """Check a handout request against the plan (known clauses, verbatim quotes) and build the handout."""
    if not body.items and not body.clauses:
        raise HTTPException(422, "讲义是空的：请至少选择一条问答或一个条款。")
    clauses = a.knowledge.clauses
    for item in body.items:
        for c in item.citations:
            clause = clauses.get(c.id)
            if clause is None:
                raise HTTPException(422, f"没有编号为 {c.id[:40]} 的条款。")
            if not quote_is_verbatim(c.quote, clause.text):
                raise HTTPException(422, f"引文与方案原文（{clause.label}）不一致，无法生成讲义。")
    unknown = [cid for cid in body.clauses if cid not in clauses]
    if unknown:
        raise HTTPException(422, f"没有编号为 {unknown[0][:40]} 的条款。")
    meta = a.knowledge.primary
    entries = tuple(ho.Entry(i.question, i.answer, tuple(_from_plan(c, a) for c in i.citations)) for i in body.items)
    return ho.Handout(
        title=body.title,
        document=meta,
        version=meta.sha256[:8] if meta else "",
        entries=entries,
        clauses=tuple(clauses[cid] for cid in dict.fromkeys(body.clauses)),
    )


def _from_plan(citation: Citation, a: Assistant) -> Citation:
    """A citation whose label and document are the plan's own, whatever the client sent."""
    clause = a.knowledge.clauses[citation.id]
    return citation.model_copy(update={"label": clause.label, "document": a.knowledge.document_name(clause)})


def _pieces(text: str, size: int = 12) -> list[str]:
    """Answer text in small increments for streaming."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def _text(message: ChatMessage) -> str:
    if isinstance(message.content, str):
        return message.content
    if isinstance(message.content, list):
        return "".join(str(p.get("text", "")) for p in message.content if isinstance(p, dict))
    return ""


def _from_messages(messages: list[ChatMessage]) -> tuple[str, list[Turn]]:
    """The last user message is the question; earlier user/assistant messages are history (system ignored)."""
    turns = [Turn(role=m.role, content=_text(m)[:4000]) for m in messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user" or not turns[-1].content.strip():
        return "", []
    return turns[-1].content.strip(), turns[:-1]


def _with_sources(answer: Answer) -> str:
    """The answer followed by a 来源 list, for chat front ends that only show content."""
    if not answer.citations:
        return answer.answer
    lines = [f"[{c.n}] {c.document} {c.label}：“{c.quote}”" for c in answer.citations]
    return answer.answer + "\n\n来源：\n" + "\n".join(lines)
