"""Number normalisation shared by the guard and the evaluation suite: 2万元 = 20000元 = 两万元."""

from __future__ import annotations

import re

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = re.compile(
    r"(?<![\d.哪每第同统唯这那])[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*"
    r"(?:(?=[元人个所年倍名项条门家])|(?<=[万亿]))"  # a count, or a sum in 万 said alone ("奖一百万")
)
_NUM = re.compile(r"(\d+(?:\.\d+)?)\s*(?:个(?=亿))?(亿|万|千)?")  # "1个亿" is 1亿
_MULT = {"亿": 1e8, "万": 1e4, "千": 1e3, None: 1.0}
#: References to the document's own structure are not figures (专栏4（2）, 表2, 第7行, 三（二）4).
_STRUCTURE = re.compile(
    r"专栏\s*\d+(?:（\d+）)?|表\s*\d+|第\d+[行项条]|[一二三四五六七八]（[一二三四五六七八]）\d*|（\d+）|\[\d+\]"
)


def _cn_to_int(text: str) -> int | None:
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            section += (digit or 1) * _CN_UNIT[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total += (section + digit) * 100_000_000
            section = digit = 0
        else:
            return None
    return total + section + digit


def arabise(text: str) -> str:
    """Write Chinese numerals that count something as digits (两万元 → 20000元, 十个 → 10个)."""

    def sub(m: re.Match[str]) -> str:
        digits = m.group(0)
        bare = len(digits) > 1 and all(ch in _CN_DIGIT for ch in digits)  # digits with no 十/百/千/万
        if bare and len(digits) == 4 and text[m.end() : m.end() + 1] == "年":
            return "".join(str(_CN_DIGIT[ch]) for ch in digits)  # 二零二五年: a year read digit by digit
        if bare or re.search(r"[一二两三四五六七八九]{2}", digits):
            return digits  # 两三年 is "two or three years", not 3年; 三四万 not 4万
        value = _cn_to_int(digits)
        return str(value) if value is not None else digits

    return _CN_NUM.sub(sub, text)


def figures(text: str) -> set[float]:
    """The values of every figure in a text, scaled by 万/亿/千, structure references left out."""
    text = _STRUCTURE.sub(" ", arabise(text.replace(",", "").replace("，", "，")))
    out: set[float] = set()
    for m in _NUM.finditer(text):
        value = float(m.group(1))
        out.add(round(value * _MULT[m.group(2)], 4))
    return out


def supported(sentence: str, evidence: str) -> set[float]:
    """Figures of `sentence` that do NOT occur in `evidence` (empty set = every figure is supported)."""
    have = figures(evidence)
    # a figure may also be written bare in the evidence (2万元 → 2 and 20000 both count)
    have |= {float(x) for x in re.findall(r"\d+(?:\.\d+)?", _STRUCTURE.sub(" ", arabise(evidence)))}
    return {f for f in figures(sentence) if f not in have}
