"""The feedback store: thumbs up/down with an optional comment, kept in SQLite or PostgreSQL through SQLAlchemy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import DateTime, Integer, String, Text, create_engine, func, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from assistant.privacy import redact
from ingest.errors import StorageError

Rating = Literal["up", "down"]


class _Base(DeclarativeBase):
    pass


class FeedbackRow(_Base):
    """One rating of one answer. Free text is redacted before it is written; no IP or user ID is kept."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    rating: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    clause_ids: Mapped[str] = mapped_column(Text, default="[]")
    audience: Mapped[str] = mapped_column(String(16), default="family")
    mode: Mapped[str] = mapped_column(String(16), default="extractive")


@dataclass(frozen=True)
class Feedback:
    """What the API hands to the store."""

    rating: Rating
    comment: str = ""
    question: str = ""
    answer: str = ""
    clause_ids: tuple[str, ...] = ()
    audience: str = "family"
    mode: str = "extractive"


class FeedbackStore:
    """Writes and counts feedback; library errors become `StorageError`."""

    def __init__(self, url: str) -> None:
        self.engine = _engine(url)
        try:
            _Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StorageError("cannot create the feedback table") from exc

    def add(self, fb: Feedback) -> int:
        row = FeedbackRow(
            created_at=datetime.now(UTC),
            rating=fb.rating,
            comment=redact(fb.comment),
            question=redact(fb.question),
            answer=redact(fb.answer),
            clause_ids=json.dumps(list(fb.clause_ids)),
            audience=fb.audience,
            mode=fb.mode,
        )
        try:
            with Session(self.engine) as session, session.begin():
                session.add(row)
                session.flush()
                return int(row.id)
        except SQLAlchemyError as exc:
            raise StorageError("cannot write feedback") from exc

    def set_comment(self, feedback_id: int, comment: str) -> bool:
        """Attach a (redacted) comment to a rating already stored; False when there is no such rating."""
        try:
            with Session(self.engine) as session, session.begin():
                row = session.get(FeedbackRow, feedback_id)
                if row is None:
                    return False
                row.comment = redact(comment)
                return True
        except SQLAlchemyError as exc:
            raise StorageError("cannot write feedback") from exc

    def counts(self) -> dict[str, int]:
        """Ratings so far, by kind: {"up": n, "down": m}."""
        try:
            with Session(self.engine) as session:
                rows = session.execute(select(FeedbackRow.rating, func.count()).group_by(FeedbackRow.rating)).all()
        except SQLAlchemyError as exc:
            raise StorageError("cannot read feedback") from exc
        return {"up": 0, "down": 0} | {str(r): int(n) for r, n in rows}

    def get(self, feedback_id: int) -> FeedbackRow | None:
        with Session(self.engine) as session:
            return session.get(FeedbackRow, feedback_id)

    def close(self) -> None:
        self.engine.dispose()


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        return create_engine(url, connect_args={"check_same_thread": False})
    return create_engine(url, pool_pre_ping=True)
