"""Deterministic dev/test split of the gold drafts, stratified by category, by a stable hash of each item ID."""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from evals.gold import GOLD_DIR, GoldItem, load_gold, save_gold

__all__ = ["DRAFTS", "main", "split_items", "split_path"]

DRAFTS = ("_draft_a.jsonl", "_draft_b.jsonl")


def _key(item_id: str) -> str:
    return hashlib.sha256(item_id.encode("utf-8")).hexdigest()


def split_items(items: Sequence[GoldItem]) -> tuple[list[GoldItem], list[GoldItem]]:
    """(dev, test): within each category items are ordered by sha256(id) and dealt alternately, dev first.

    Each category splits 50/50 (dev gets the odd one out); the original order is kept inside each half.
    """
    by_cat: dict[str, list[GoldItem]] = defaultdict(list)
    for item in items:
        by_cat[item.category].append(item)
    dev_ids: set[str] = set()
    for group in by_cat.values():
        dev_ids |= {i.id for i in sorted(group, key=lambda i: _key(i.id))[::2]}
    return [i for i in items if i.id in dev_ids], [i for i in items if i.id not in dev_ids]


def split_path(split: str, gold_dir: Path = GOLD_DIR) -> Path:
    """The file of a split ("dev" or "test")."""
    return gold_dir / f"{split}.jsonl"


def main(gold_dir: Path = GOLD_DIR) -> int:
    """Split every draft that exists into dev.jsonl and test.jsonl; say which drafts were used."""
    drafts = [gold_dir / name for name in DRAFTS if (gold_dir / name).exists()]
    if not drafts:
        print(f"no drafts in {gold_dir}", file=sys.stderr)
        return 1
    dev, test = split_items(load_gold(*drafts))
    save_gold(dev, split_path("dev", gold_dir))
    save_gold(test, split_path("test", gold_dir))
    used = ", ".join(p.name for p in drafts)
    print(f"{used} → dev {len(dev)}, test {len(test)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
