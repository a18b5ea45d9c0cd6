"""The `zhitu` command line: ingest, clauses, search, serve, ui, ask, eval."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from assistant.settings import Settings, get_settings
from ingest.errors import ZhiTuError


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.components import embedder_name, make_embedder, make_tokenizer
    from ingest.check import check_records
    from ingest.corpus import parse_corpus
    from ingest.index import build_index, index_size, is_current
    from ingest.records import load_records

    clauses = parse_corpus(settings.documents_dir)
    _say(f"解析完成：{len(clauses)} 条条款。")
    problems = check_records(load_records(settings.corpus_dir), clauses)
    if args.check:
        for p in problems:
            print(f"CHECK FAILED: {p}")
        print(
            "检查通过：结构化数据引用的条款都存在，数字都能在条款中找到。"
            if not problems
            else f"{len(problems)} 个问题。"
        )
        return 1 if problems else 0
    if problems:
        _say(f"警告：结构化数据有 {len(problems)} 个问题，运行 zhitu ingest --check 查看。")
    if is_current(clauses, settings.data_dir, embedder_name(settings)):
        _say(f"索引已是最新：{len(clauses)} 条条款，无需重建。")
        return 0
    report = build_index(
        clauses, settings.data_dir, make_embedder(settings), make_tokenizer(settings), settings.collection, _say
    )

    _say(f"索引大小：{index_size(settings.data_dir) / 1e6:.1f} MB（{settings.data_dir}）")
    return 0 if report else 1


def cmd_clauses(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.corpus import parse_corpus

    for c in parse_corpus(settings.documents_dir):
        if args.json:
            print(json.dumps(c.to_json(), ensure_ascii=False))
        else:
            print(f"{c.id}\t{c.label}\t{c.text[:60]}")
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.knowledge import Knowledge

    kb = Knowledge.open(settings)
    for clause, score in kb.search(args.query, args.k):
        first = clause.text.splitlines()[0][:50]
        print(f"{clause.id:<18} {score:.4f}  {clause.label}  |  {first}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from assistant.api import create_app

    uvicorn.run(create_app(settings), host=args.host or settings.server.host, port=args.port or settings.server.port)
    return 0


def ui_command(settings: Settings, host: str | None = None, port: int | None = None) -> list[str]:
    """The Streamlit command line that serves the UI (headless, no usage statistics)."""
    from pathlib import Path

    app = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.address",
        host or settings.ui.host,
        "--server.port",
        str(port or settings.ui.port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--global.developmentMode",
        "false",
        "--client.toolbarMode",
        "minimal",
        "--client.showErrorDetails",
        "none",
    ]


def cmd_ui(args: argparse.Namespace, settings: Settings) -> int:
    import os

    host, port = args.host or settings.ui.host, args.port or settings.ui.port
    cmd = ui_command(settings, host, port)
    _say(f"职途界面：http://{host}:{port}")
    _say(f"（连接 API：{settings.ui.api_url}）")
    os.execv(cmd[0], cmd)  # Streamlit replaces this process, so a supervisor's signals reach it


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.service import Assistant

    answer = Assistant.open(settings).ask(args.question, [], "teacher" if args.teacher else "family")
    if args.json:
        print(answer.model_dump_json(indent=1))
        return 0
    print(answer.answer)
    for c in answer.citations:
        print(f"[{c.n}] {c.label}（{c.id}）：“{c.quote}”")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from evals.cli import run  # evals sits on top of the assistant; imported only for this command

    return int(run(args, settings))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhitu", description="职途 ZhiTu：鄂尔多斯职业教育改革方案问答")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", help="解析语料并建立索引（幂等）")
    p.add_argument("--check", action="store_true", help="只检查结构化数据引用的条款和数字")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("clauses", help="列出全部条款")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象")
    p.set_defaults(func=cmd_clauses)
    p = sub.add_parser("search", help="混合检索条款")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=8)
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("serve", help="启动 API 服务")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("ui", help="启动网页界面（Streamlit，需先启动 API）")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(func=cmd_ui)
    p = sub.add_parser("ask", help="提一个问题")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="输出与 /api/ask 相同的 JSON")
    p.add_argument("--teacher", action="store_true", help="教师版：完整条文")
    p.set_defaults(func=cmd_ask)
    _register_eval(sub)
    return parser


def _register_eval(sub: argparse._SubParsersAction) -> None:
    """`zhitu eval` comes from the evaluation suite, which sits on top of the assistant."""
    try:
        from evals.cli import register
    except ImportError:
        return
    register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "chromadb", "httpx", "jieba"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return int(args.func(args, settings))
    except ZhiTuError as exc:
        _say(f"错误：{exc}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
