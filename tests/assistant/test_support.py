"""The support check: topic words the plan never mentions lead to a refusal (or a partial answer), nothing else."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.support import Vocabulary, asked_segments, record_texts


def test_vocabulary_knows_plan_words_affixed_words_and_joined_words() -> None:
    vocab = Vocabulary.build(["鼓励职业院校增设特教班，建设劳动教育基地。", "金牌"])
    assert vocab.knows("特教班") and vocab.knows("职业院校")
    assert vocab.knows("金牌奖"), "a known word with a harmless affix"
    assert vocab.knows("教育基地") and vocab.knows("孩子"), "plan words and everyday words"
    assert not vocab.knows("驾照") and not vocab.knows("押金")


def test_asked_segments_skip_the_context_of_a_question() -> None:
    assert asked_segments("孩子练田径的 有体育职高吗") == ["有体育职高吗"]
    assert asked_segments("职业学校的学费标准") == ["职业学校的学费标准"], "no question word: every piece counts"


def test_record_texts_reads_nested_records() -> None:
    assert record_texts({"schools": [{"name": "甲校", "aliases": ["甲"], "students": {"2025": 5}}]}) == ["甲校", "甲"]


def test_notes_on_what_the_plan_leaves_open_are_not_vocabulary() -> None:
    texts = record_texts([{"name": "甲校", "notes": "方案未写学费和录取分数。"}])
    assert texts == ["甲校"]
    assert not Vocabulary.build(texts).knows("学费")


def test_a_normalised_word_is_known_only_when_the_plan_uses_its_target() -> None:
    vocab = Vocabulary.build(["中职学校的专业"])
    assert vocab.knows("中专"), "中专 → 中职, which the plan uses"
    assert not vocab.knows("学费"), "tuition → 学费: the plan never uses 学费"


def test_a_final_bu_or_mei_asks() -> None:
    assert asked_segments("孩子读完中职 能升本科不") == ["能升本科不"]


@pytest.mark.slow
def test_unknown_topic_words_are_found_in_every_part(assistant: Assistant) -> None:
    check = assistant.support
    assert check.unsupported("职校能考驾照吗") == [("职校能考驾照吗", ["考驾照"])]
    assert check.unsupported("孩子练田径的 有体育职高吗") == []
    assert check.unsupported("有没有烹饪专业") == [("有没有烹饪专业", ["烹饪"])]
    assert check.unsupported("兼职教师课时费 一节课多少钱") == [("兼职教师课时费", ["课时费"])]
    # what the child wants to learn, of which the plan has not a pair of characters, before "哪个职高能学"
    assert check.unsupported("想学烹饪 哪个职高能学") == [("想学烹饪", ["烹饪"])]
    assert check.unsupported("想学修车 哪个学校有") == []  # 修车 is 汽车运用与维修
    assert check.unsupported("想学编程 哪个学校有") == []  # 编程 is 计算机应用
    assert check.unsupported("我想学畜牧 哪个中职偏农牧") == []  # 畜牧 is 农牧业
    assert check.unsupported("娃想学开车修车这一类 哪个学校有") == []  # 修车, after it, says what is meant
    assert check.unsupported("娃不爱学习总玩手机，职校能学啥？") == []  # not wanting to learn sets the scene only
    # going abroad as the plan's cooperation does; an ethnic craft as a subject
    assert check.unsupported("职校能出国交流吗 比如去俄罗斯") == []
    assert check.unsupported("喜欢蒙古族那种手工艺品 哪个学校教") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "体育职业中学有游泳队吗",
        "读职校要不要交押金",
        "职校有没有寒暑假",
        "兼职教师课时费 一节课多少钱",  # the topic comes before the part that asks
        "读3+2的要是转段没考过 会不会被退学",  # what happens if: the plan states no consequences
        "你说是考普高好还是读职高好",  # advice, not the plan
        "蒙艺职高一年招多少新生",  # a yearly intake: the plan gives only students enrolled
        "Which companies take apprentices under the 现代学徒制?",  # a list of employers the plan does not give
        "Which has better job placement, 鄂尔多斯职业学院 or 鄂尔多斯生态环境职业学院?",
        "鸿雁计划 要是干了三年就换地方了 之前领的补贴要退不",
        "鄂尔多斯职业学院跟生态环境职业学院哪个好",
        "职业教育联盟咋加入",
    ],
)
def test_a_topic_the_plan_never_mentions_is_refused(assistant: Assistant, question: str) -> None:
    a = assistant.ask(question)
    assert a.refused and "没有写明" in a.answer and "教育体育局" in a.answer
    assert a.citations, "the nearest clause and where to ask are cited"


@pytest.mark.slow
def test_the_covered_part_is_still_answered(assistant: Assistant) -> None:
    a = assistant.ask("乌审旗职业中学学什么？有游泳队吗")
    assert a.refused and "化工" in a.answer and "“游泳队”" in a.answer
    assert "table2.r12" in {c.id for c in a.citations}


@pytest.mark.slow
def test_everyday_words_around_a_question_do_not_refuse(assistant: Assistant) -> None:
    a = assistant.ask("闺女以后想当幼儿园老师 鄂尔多斯职业学院2025年多少学生")
    assert not a.refused and "7000" in a.answer


@pytest.mark.slow
def test_an_unknown_topic_outside_the_domain_gets_the_scope_reply(assistant: Assistant) -> None:
    a = assistant.ask("附近哪家火锅店好吃")
    assert a.refused and a.citations == [] and "职途" in a.answer
