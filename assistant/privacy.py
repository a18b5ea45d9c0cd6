"""Redaction of personal data (phone, ID and house numbers, e-mail, QQ/WeChat IDs) before anything is stored."""

from __future__ import annotations

import re

from assistant.normalize import to_half_width

MASK = "〔已隐去〕"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])"
    ),
    re.compile(r"(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])"),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)"),
    re.compile(r"(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)"),
    re.compile(r"(?:QQ|qq|微信|wx|WeChat|VX|vx)\s*[:：号]?\s*[A-Za-z0-9_-]{5,20}"),
    re.compile(r"[\u4e00-\u9fff]{0,8}(?:路|街|巷|道|小区|花园|家园|村)\d+号(?:院)?(?:\d+(?:号楼|栋|幢|单元|室|层))*"),
    re.compile(r"\d+(?:号楼|栋|幢)(?:\d+(?:单元|室|层|号))*|\d+单元\d+(?:室|号)?"),
)


def redact(text: str) -> str:
    """`text` with identity, phone and house numbers, e-mail addresses and chat IDs replaced by a mask.

    Full-width digits and letters are read as half-width first (１３８… is a phone number too)."""
    text = to_half_width(text)
    for pattern in _PATTERNS:
        text = pattern.sub(MASK, text)
    return text
