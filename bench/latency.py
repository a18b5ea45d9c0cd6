"""Benchmark /api/ask on a real uvicorn: p50/p95 at 1 client, throughput at 16 clients, RSS, cold `zhitu ask`.

Runs the naive baseline (one dense Chroma query, top-3 clauses pasted) in the same script for comparison.
Usage: .venv/bin/python bench/latency.py [--requests 200] [--clients 16]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

from assistant.api import create_app
from assistant.service import Assistant
from assistant.settings import REPO_ROOT, get_settings

#: Distinct single-turn questions (the dev split's), so no answer comes from a cache of an earlier request.
QUESTIONS = [
    g["question"]
    for g in map(json.loads, (REPO_ROOT / "evals" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines())
    if not g.get("history")
]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _serve(app: FastAPI) -> tuple[str, Callable[[], None]]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True
        thread.join(5)

    return f"http://127.0.0.1:{port}", stop


def _measure(url: str, path: str, n: int, clients: int, repeat: int | None = None) -> dict[str, float]:
    """Latency at one client and throughput at `clients`; `repeat` cycles through only that many questions."""
    cycle = QUESTIONS[:repeat] if repeat else QUESTIONS

    def one(i: int) -> tuple[float, bool]:
        t = time.perf_counter()
        r = client.post(f"{url}{path}", json={"question": cycle[i % len(cycle)]})
        return time.perf_counter() - t, r.status_code == 200

    with httpx.Client(timeout=30) as client:
        for i in range(min(len(cycle), 8)):  # warm up
            one(i)
        single = [one(i) for i in range(n)]
        t0 = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            many = list(pool.map(one, range(n)))
        wall = time.perf_counter() - t0
    lat = sorted(x for x, _ in single)
    return {
        "p50_ms": 1000 * statistics.median(lat),
        "p95_ms": 1000 * lat[int(0.95 * (len(lat) - 1))],
        "rps_16": n / wall,
        "errors": sum(not ok for _, ok in single + many),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=16)
    args = parser.parse_args()
    base = get_settings()
    # A small query cache: one request's retrieval and sentence scoring share its embedding, while the cycle of
    # distinct questions is far longer than the cache, so no request reuses another's.
    settings = base.model_copy(update={"embedder": base.embedder.model_copy(update={"query_cache": 32})})
    assistant = Assistant.open(settings)
    app = create_app(settings, assistant)
    dense = next(r for r in assistant.knowledge.retriever.retrievers if r.name == "dense")

    @app.post("/bench/naive")
    def naive(body: dict[str, str]) -> dict[str, str]:
        hits = dense.search(body["question"], 3)
        return {"answer": "\n".join(assistant.knowledge.clauses[h.id].text for h in hits)}

    url, stop = _serve(app)
    zhitu = _measure(url, "/api/ask", args.requests, args.clients)
    baseline = _measure(url, "/bench/naive", args.requests, args.clients)
    rss = _rss_mb(os.getpid())
    stop()
    cached_app = create_app(base, Assistant.open(base))
    url, stop = _serve(cached_app)
    cached = _measure(url, "/api/ask", args.requests, args.clients, repeat=8)
    stop()
    t = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "zhitu"), "ask", QUESTIONS[0]], check=True, capture_output=True)
    cold = time.perf_counter() - t
    print("| | p50 (ms) | p95 (ms) | answers/s at 16 clients | errors |")
    print("|---|---|---|---|---|")
    rows = (
        ("ZhiTu /api/ask", zhitu),
        ("naive dense top-3", baseline),
        ("ZhiTu /api/ask, 8 questions repeated (query cache hits)", cached),
    )
    for name, m in rows:
        print(f"| {name} | {m['p50_ms']:.1f} | {m['p95_ms']:.1f} | {m['rps_16']:.1f} | {int(m['errors'])} |")
    print(f"\nserver RSS (server + benchmark client in one process): {rss:.0f} MB; cold `zhitu ask`: {cold:.2f} s")


if __name__ == "__main__":
    main()
