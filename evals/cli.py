"""The `zhitu eval` subcommand: run a split, print and write the report, optionally gate and update the README."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from assistant.settings import REPO_ROOT, Settings, get_settings

__all__ = ["main", "register", "run"]


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add `eval` to the `zhitu` subparsers (its handler is `run(args, settings)`)."""
    p: argparse.ArgumentParser = subparsers.add_parser("eval", help="用金标准集评测助手并写报告")
    p.add_argument(
        "--split",
        choices=["dev", "test", "probe", *(f"probe{n}" for n in range(2, 104))],
        default="dev",
        help="which gold split (default dev; probe: fresh held-out items)",
    )
    p.add_argument("--mode", choices=["extractive", "llm"], default="extractive", help="label passed through")
    p.add_argument("--baseline", action="store_true", help="also score the naive RAG baseline")
    p.add_argument("--url", help="evaluate a running server (POST {url}/api/ask) instead of in-process")
    p.add_argument("--gate", action="store_true", help="exit 1 when a threshold in evals/thresholds.toml fails")
    p.add_argument("--readme", action="store_true", help="rewrite the eval block of README.md")
    p.add_argument("--limit", type=int, help="only N items, evenly spaced through the split")
    p.set_defaults(func=run)
    return p


def _progress(n: int, total: int) -> None:
    if n % 10 == 0 or n == total:
        print(f"  {n}/{total}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the evaluation; 1 when --gate is set and a threshold fails, else 0."""
    # imported here so that registering the subcommand costs the `zhitu` CLI nothing
    from evals import gate, report
    from evals.runner import EvalOptions, run_eval
    from evals.summary import summarise

    options = EvalOptions(split=args.split, mode=args.mode, url=args.url, baseline=args.baseline, limit=args.limit)
    result = summarise(run_eval(settings, options, _progress))
    report.print_summary(result)
    print(f"report: {report.write(result)}")
    if args.readme:
        readme = REPO_ROOT / "README.md"
        print("README updated." if report.update_readme(readme, result) else f"no eval markers in {readme}.")
    if not args.gate:
        return 0
    failures = gate.check(result["figures"], gate.load_thresholds())
    for f in failures:
        print(f"GATE FAILED: {f}")
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m evals.cli …` without the zhitu CLI."""
    parser = argparse.ArgumentParser(prog="evals")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["eval", *(argv if argv is not None else sys.argv[1:])])
    return int(args.func(args, get_settings()))


if __name__ == "__main__":
    sys.exit(main())
