"""Redaction of personal data before feedback is stored."""

from __future__ import annotations

import pytest

from assistant.privacy import MASK, redact


@pytest.mark.parametrize(
    "secret",
    ["13912345678", "139-1234-5678", "+86 13912345678", "110105200801011234", "11010520080101123X", "a.b@qq.com",
     "0477-8581234", "微信 zhang_san88", "QQ：12345678", "150102050101123", "康巴什区北区街道123号3单元",
     "滨河路8号5号楼2单元301室", "3号楼2单元501"],
)  # fmt: skip
def test_personal_data_is_masked(secret: str) -> None:
    out = redact(f"孩子家长 {secret} 想问")
    assert secret not in out and MASK in out and out.startswith("孩子家长")


@pytest.mark.parametrize("text", ["3+2 是什么", "2025年在校生1.9万人", "补贴2万元", "职普比40:60", "第3项"])
def test_policy_figures_are_kept(text: str) -> None:
    assert redact(text) == text


def test_full_width_digits_are_read_as_digits() -> None:
    assert "１３９" not in redact("电话１３９１２３４５６７８") and MASK in redact("电话１３９１２３４５６７８")


def test_chinese_punctuation_is_kept() -> None:
    assert redact("想问：学费多少？（谢谢）") == "想问：学费多少？（谢谢）"
