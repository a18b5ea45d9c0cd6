"""What a programme's box (专栏) comprises: the short heading of each of its items, for "鸿雁计划都搞些啥"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extract import ITEM_HEADING
from assistant.types import Clause
from ingest.tokenize import bigrams

__all__ = ["ASKS_CONTENTS", "Box", "box_named", "boxes_of", "item_head", "item_heads"]

#: Asked what a programme comprises ("都搞些啥活动", "具体包括哪些举措", "主要内容是什么").
ASKS_CONTENTS = re.compile(
    r"[都还]搞(?:些|了)?(?:啥|什么)|搞(?:啥|什么)活动|搞(?:些|了)(?:啥|什么)|都(?:有|包括|包含)(?:啥|哪些|什么)|包括(?:哪些|什么|啥)|具体(?:有|是|包括)?哪些|"
    r"哪(?:些|几(?:个|项|方面))(?:活动|举措|内容|措施|项目|事|方面|服务)|有啥活动|主要内容|都干(?:些)?(?:啥|什么)|"
    r"都做(?:些)?(?:啥|什么)|主要(?:搞|干|做)(?:些)?(?:啥|什么)"
)
#: Asked for money, a count or a figure: a rule of the box, not its list of items ("鸿雁计划都有哪些补贴").
_ASKS_FIGURE = re.compile(r"补贴|补助|奖|钱|资金|经费|多少|几[个所项名万年次]|比例")
#: A title's words that do not name it ("建设", "教师“数字赋能”计划": 数字赋能).
_TITLE_FRAME = re.compile(r"^(?:建设|教师|对接)|(?:行动计划|建设工程|建设计划|计划|工程)$|（群）")
#: Words of item headings that say nothing of their subject.
_GENERIC = frozenset({"服务", "开展", "建设", "活动", "交流", "推进", "实施"})
_QUOTES = re.compile(r"[“”\"'‘’]")
#: An item without a heading: its first sentence when short enough to read as one line of a list ("（2）依托…，
#: 定期组织教师参加数字化教学新场景培训…，将数字教学课时纳入教学评估。"), else its opening phrase when long enough to
#: say what it does.
_SENTENCE = re.compile(r"（\d+）([^。；]{10,110})[。；]")
_OPENING = re.compile(r"（\d+）([^，。；：]{10,60})[，。；：]")


@dataclass(frozen=True)
class Box:
    """A box of the plan: its name as a question would say it, and its items."""

    number: str  # "专栏4"
    name: str  # "鸿雁"
    items: tuple[Clause, ...]


def box_items(clauses: dict[str, Clause]) -> dict[str, tuple[Clause, ...]]:
    """Each box's id with its items, in the plan's order."""
    return {
        head.id: tuple(c for c in clauses.values() if c.kind == "box_item" and c.id.startswith(f"{head.id}."))
        for head in clauses.values()
        if head.kind == "box"
    }


def boxes_of(clauses: dict[str, Clause]) -> list[Box]:
    """The plan's boxes whose every item has a heading or an opening phrase that says what it does."""
    found: list[Box] = []
    for box_id, items in box_items(clauses).items():
        head = clauses[box_id]
        number, _, title = head.label.partition(" ")
        if items and all(item_head(i) for i in items):
            found.append(Box(number, _TITLE_FRAME.sub("", _QUOTES.sub("", title)), items))
    return found


def box_named(question: str, boxes: list[Box]) -> Box | None:
    """The one box a question asks the contents of, by name or number; None when it asks for a figure."""
    if not ASKS_CONTENTS.search(question) or _ASKS_FIGURE.search(question):
        return None
    plain = _QUOTES.sub("", question).upper()
    named = [b for b in boxes if b.name.upper() in plain or re.search(rf"{b.number}(?!\d)", plain)]
    if len(named) != 1:
        return None
    # "专栏5…面向学生就业的模块提供哪些服务": one item's own subject (学生就业服务), not the whole box
    words = set(bigrams(plain)) - set(bigrams(named[0].name)) - _GENERIC
    own = [i for i in named[0].items if len(words & set(bigrams(item_head(i)))) >= 2]
    return None if len(own) == 1 else named[0]


def item_head(item: Clause) -> str:
    """The verbatim start of an item that says what it does: its heading sentence, else its opening phrase."""
    found = ITEM_HEADING.match(item.text) or _SENTENCE.match(item.text) or _OPENING.match(item.text)
    return found[0] if found else ""


def item_heads(box: Box) -> list[tuple[Clause, str]]:
    """Each item of the box with its heading, in the plan's order."""
    return [(item, item_head(item)) for item in box.items]
