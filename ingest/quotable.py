"""What an answer may quote from a clause: its sentences, with short headings joined to what follows them."""

from __future__ import annotations

import re

from ingest.types import Clause

_SENT = re.compile(r"[^。；！？]+[。；！？]?")
#: List numbering and table-row prefixes that are not part of what a sentence says.
LEAD = re.compile(r"^(?:\d+[.．]|（\d+）|——|表\d+ 第\d+行（序号\d+）：|表\d+ )")


def sentences(text: str) -> list[str]:
    """A clause's sentences, verbatim (split after 。；！？)."""
    return [s for s in _SENT.findall(text) if s.strip()]


def units(clause: Clause) -> list[str]:
    """What the answerer may quote from a clause: a table row whole; a short heading sentence ("建设未来职业体验基地。")
    together with the sentence that says what it means."""
    if clause.kind == "table_row":
        return [clause.text]
    out: list[str] = []
    pending = ""
    for sent in sentences(clause.text):
        if len(sent) <= 16 and not re.search(r"\d", LEAD.sub("", sent)):
            pending += sent
            continue
        out.append(pending + sent)
        pending = ""
    if pending:
        out.append(pending)
    return out
