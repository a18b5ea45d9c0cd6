"""The dev/test split is deterministic, stratified, covers every item once, and the files on disk are current."""

from __future__ import annotations

from collections import Counter

import pytest

from evals.gold import CATEGORIES, GOLD_DIR, load_gold
from evals.split import DRAFTS, split_items, split_path

DRAFT_PATHS = [GOLD_DIR / name for name in DRAFTS if (GOLD_DIR / name).exists()]


def test_split_is_deterministic_and_covers_every_item_once() -> None:
    items = load_gold(*DRAFT_PATHS)
    dev, test = split_items(items)
    assert split_items(list(reversed(items))) == (list(reversed(dev)), list(reversed(test)))
    ids = [i.id for i in dev + test]
    assert sorted(ids) == sorted(i.id for i in items)
    assert len(set(ids)) == len(ids)


def test_split_is_stratified_by_category() -> None:
    dev, test = split_items(load_gold(*DRAFT_PATHS))
    in_dev, in_test = Counter(i.category for i in dev), Counter(i.category for i in test)
    for cat in in_dev | in_test:
        assert abs(in_dev[cat] - in_test[cat]) <= 1, cat


def test_split_files_match_the_drafts() -> None:
    dev, test = split_items(load_gold(*DRAFT_PATHS))
    assert [i.id for i in load_gold(split_path("dev"))] == [i.id for i in dev], "rerun python -m evals.split"
    assert [i.id for i in load_gold(split_path("test"))] == [i.id for i in test], "rerun python -m evals.split"


@pytest.mark.skipif(not (GOLD_DIR / DRAFTS[1]).exists(), reason="draft_b (multi_part … unanswerable) not written yet")
def test_gold_set_size() -> None:
    items = load_gold(*DRAFT_PATHS)
    per_cat = Counter(i.category for i in items)
    assert set(per_cat) == set(CATEGORIES)
    assert min(per_cat.values()) >= 15, per_cat
    assert sum(not i.answerable for i in items) >= 50
    assert per_cat["unanswerable"] >= 50
    assert len(items) >= 250
