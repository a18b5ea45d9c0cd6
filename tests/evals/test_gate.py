"""The gate fails a figure below its minimum, above its maximum, or missing; the thresholds file parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.errors import EvalError
from evals.gate import check, load_thresholds


def test_a_figure_below_its_threshold_fails() -> None:
    failures = check(
        {"answer_accuracy": 0.7, "recall_at_5_fused": 0.95}, {"answer_accuracy": 0.8, "recall_at_5_fused": 0.9}
    )
    assert len(failures) == 1 and failures[0].startswith("answer_accuracy = 0.700 is below")


def test_max_thresholds_bound_the_figure_named_after_the_prefix() -> None:
    assert check({"wrong_refusal": 0.05}, {"max_wrong_refusal": 0.1}) == []
    assert "above the maximum" in check({"wrong_refusal": 0.2}, {"max_wrong_refusal": 0.1})[0]


def test_a_missing_figure_fails() -> None:
    assert "missing" in check({"citation_recall": None}, {"citation_recall": 0.5})[0]


def test_the_thresholds_file_parses_and_names_report_figures() -> None:
    thresholds = load_thresholds()
    assert {"answer_accuracy", "max_wrong_refusal", "recall_at_5_fused"} <= set(thresholds)


def test_a_non_numeric_threshold_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('answer_accuracy = "high"\n', encoding="utf-8")
    with pytest.raises(EvalError, match="numbers"):
        load_thresholds(path)


def test_the_eval_subcommand_parses_its_options() -> None:
    import argparse

    from evals.cli import register, run

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eval", "--split", "test", "--gate", "--limit", "5", "--mode", "llm"])
    assert (args.split, args.gate, args.limit, args.mode, args.baseline, args.url) == (
        "test",
        True,
        5,
        "llm",
        False,
        None,
    )
    assert args.func is run
