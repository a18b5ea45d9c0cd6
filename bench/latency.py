"""Benchmark /api/ask on a real uvicorn: p50/p95 at 1 client, throughput at 16 clients, RSS, cold `zhitu ask`.

Runs the naive baseline (one dense Chroma query, top-3 clauses pasted) in the same script for comparison.
Usage: .venv/bin/python bench/latency.py [--requests 200] [--clients 16]
"""

from __future__ import annotations

import argparse
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
from assistant.settings import get_settings

QUESTIONS = [
    "鸿雁计划本科生毕业留下工作补多少钱",
    "职普比要达到多少",
    "乌审旗有什么职业学校",
    "读完中专可以读大专吗",
    "委培生有什么补助",
    "中职学费多少",
    "鄂尔多斯职业学院2025年多少学生",
    "什么是双师型教师",
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


def _measure(url: str, path: str, n: int, clients: int) -> dict[str, float]:
    def one(i: int) -> tuple[float, bool]:
        t = time.perf_counter()
        r = client.post(f"{url}{path}", json={"question": QUESTIONS[i % len(QUESTIONS)]})
        return time.perf_counter() - t, r.status_code == 200

    with httpx.Client(timeout=30) as client:
        for i in range(len(QUESTIONS)):  # warm up
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
    settings = get_settings()
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
    t = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "zhitu"), "ask", QUESTIONS[0]], check=True, capture_output=True)
    cold = time.perf_counter() - t
    print("| | p50 (ms) | p95 (ms) | answers/s at 16 clients | errors |")
    print("|---|---|---|---|---|")
    for name, m in (("ZhiTu /api/ask", zhitu), ("naive dense top-3", baseline)):
        print(f"| {name} | {m['p50_ms']:.1f} | {m['p95_ms']:.1f} | {m['rps_16']:.1f} | {int(m['errors'])} |")
    print(f"\nserver RSS (server + benchmark client in one process): {rss:.0f} MB; cold `zhitu ask`: {cold:.2f} s")


if __name__ == "__main__":
    main()
