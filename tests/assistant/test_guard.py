"""The faithfulness guard and number normalisation."""

from __future__ import annotations

import pytest

from assistant.guard import guard_answer, split_sentences
from assistant.normalize import canonical
from assistant.numbers import arabise, figures, supported
from assistant.policy import years_in

CLAUSE = "对通过“鸿雁计划”来鄂尔多斯市实习且毕业在市域企业就业满5年的学生，本科层次给予一次性生活补贴2万元。"


@pytest.mark.parametrize("written", ["2万元", "20000元", "两万元", "20,000元"])
def test_amounts_normalise(written: str) -> None:
    assert figures(written) == {20000.0}


@pytest.mark.parametrize("written", ["1亿元", "1个亿", "一个亿"])
def test_a_hundred_million_written_colloquially(written: str) -> None:
    assert figures(written) == {1e8}


def test_structure_references_are_not_figures() -> None:
    assert figures("见专栏4（2）和表2第7行[3]") == set()


def test_supported_and_unsupported() -> None:
    assert supported("本科给两万元。", CLAUSE) == set()
    assert supported("本科给3万元。", CLAUSE) == {30000.0}


def test_guard_drops_the_unsupported_sentence_and_keeps_the_rest() -> None:
    answer = "本科给2万元。[1]专科给5万元。[1]"
    text, dropped = guard_answer(answer, lambda n: CLAUSE)
    assert text == "本科给2万元。[1]" and dropped == ["专科给5万元。[1]"]


def test_split_sentences_keeps_markers() -> None:
    assert split_sentences("甲。[1][2]乙！[3]") == ["甲。[1][2]", "乙！[3]"]


def test_which_and_every_are_not_counted_as_one() -> None:
    assert arabise("哪一年 每一年 第一年 这一年") == "哪一年 每一年 第一年 这一年"
    assert arabise("一年 两万元") == "1年 20000元"


def test_a_year_read_digit_by_digit_and_a_range_of_counts() -> None:
    assert canonical("到二零二五年一共多少人") == "到2025年一共多少人"
    assert arabise("二〇二五年") == "2025年"
    assert arabise("两三年") == "两三年"  # two or three years, not 3年


def test_a_count_of_two_thousand_is_no_year_and_a_short_year_is_the_centurys() -> None:
    assert years_in("听说2025年招到2000人") == {"2025"}
    assert canonical("理工学校规划25年多少学生") == "理工学校规划2025年多少学生"
    assert canonical("干满25年") == "干满25年"


def test_a_sum_in_wan_said_alone_is_a_figure_and_a_range_is_not() -> None:
    assert figures("听说才给三十万") == {300000.0}
    assert figures("大概三四万吧") == set()  # three or four 万: no one figure
    assert figures("几所学校加一块") == set()  # 一块 (together) is no sum
