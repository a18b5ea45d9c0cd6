"""Tokenisers for BM25: jieba words (with the domain user dictionary) and character bigrams."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

import jieba

_WORD = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|[\u3400-\u9fff]+")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_STOP = "的 了 吗 呢 吧 啊 是 在 和 与 及 或 我 你 他 她 它 们 我们 你们 这 那 有 没有 什么 怎么 怎样 多少 哪些 哪个"
_STOP2 = "一个 可以 能 会 要 想 请问 请 一下 就 都 也 还 对 给 把 被 让 从 到 为 以 等 其 之 个 呀 嘛 么"
STOPWORDS = frozenset((_STOP + " " + _STOP2).split())


class JiebaTokenizer:
    """jieba with ZhiTu's user dictionary; its cache lives in the data directory, never /tmp."""

    def __init__(self, cache_dir: Path, userdict: Path | None = None) -> None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        jieba.setLogLevel(logging.WARNING)
        self._tk = jieba.Tokenizer()
        self._tk.tmp_dir = str(cache_dir)
        self._tk.cache_file = "jieba.cache"
        self._lock = threading.Lock()
        with self._lock:
            self._tk.initialize()
            if userdict and userdict.exists():
                self._tk.load_userdict(str(userdict))

    def words(self, text: str) -> list[str]:
        """Search-mode word segmentation, lower-cased, without punctuation or stopwords."""
        with self._lock:
            raw = list(self._tk.cut_for_search(text))
        out = []
        for tok in raw:
            tok = tok.strip().lower()
            if tok and _WORD.fullmatch(tok) and tok not in STOPWORDS:
                out.append(tok)
        return out

    @property
    def raw(self) -> jieba.Tokenizer:
        """The underlying jieba tokenizer (with the user dictionary), e.g. for part-of-speech tagging."""
        return self._tk

    @property
    def lock(self) -> threading.Lock:
        """Held while the underlying tokenizer is used (jieba is not thread-safe)."""
        return self._lock

    def add_word(self, word: str) -> None:
        with self._lock:
            self._tk.add_word(word)


def bigrams(text: str) -> list[str]:
    """Character bigrams of every Chinese run (single characters for runs of one), plus Latin words and numbers."""
    out: list[str] = []
    for tok in _WORD.findall(text.lower()):
        if _CJK_RUN.fullmatch(tok):
            out.extend(tok[i : i + 2] for i in range(len(tok) - 1)) if len(tok) > 1 else out.append(tok)
        else:
            out.append(tok)
    return out
