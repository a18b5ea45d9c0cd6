"""The naive RAG baseline: one dense query, the top-3 clauses pasted as the answer and cited, never a refusal."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from assistant.knowledge import Knowledge
from assistant.retrieval import Retriever
from assistant.types import Answer, Citation, Clause, Turn

__all__ = ["NaiveRag"]


class NaiveRag:
    """What a first RAG prototype does; scored by the same metrics as the assistant."""

    def __init__(
        self, dense: Retriever, clauses: Mapping[str, Clause], document_name: Callable[[Clause], str], k: int = 3
    ) -> None:
        if dense.name != "dense":
            raise ValueError(f"the baseline needs the dense retriever, got {dense.name!r}")
        self._dense = dense
        self._clauses = clauses
        self._document_name = document_name
        self._k = k

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> NaiveRag:
        """The baseline over the assistant's own index."""
        dense = next((r for r in knowledge.retriever.retrievers if r.name == "dense"), None)
        if dense is None:
            raise ValueError("the retriever has no ranker named 'dense'")
        return cls(dense, knowledge.clauses, knowledge.document_name)

    def ask(self, question: str, history: list[Turn] | None = None, audience: str = "family") -> Answer:
        """Paste the top clauses of one dense query (history and audience are ignored)."""
        hits = [h for h in self._dense.search(question, self._k) if h.id in self._clauses][: self._k]
        clauses = [self._clauses[h.id] for h in hits]
        text = "\n".join(f"[{n}] {c.text}" for n, c in enumerate(clauses, 1))
        citations = [
            Citation(n=n, id=c.id, label=c.label, quote=c.text, document=self._document_name(c))
            for n, c in enumerate(clauses, 1)
        ]
        return Answer(answer=text, citations=citations, refused=False, route="baseline")
