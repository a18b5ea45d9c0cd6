"""Follow-up rewriting: levels, schools and banners swapped, pronouns and ordinals resolved (no index needed)."""

from __future__ import annotations

from assistant.followup import is_follow_up, rewrite
from assistant.types import Turn

NAMES = ["鄂尔多斯职业学院", "鄂尔多斯生态环境职业学院", "生态学院", "东胜区职业中学", "康巴什区职业中学"]


def turns(*pairs: tuple[str, str]) -> list[Turn]:
    return [Turn(role=role, content=text) for role, text in pairs]  # type: ignore[arg-type]


def test_an_ordinal_names_that_school_of_the_last_answer() -> None:
    history = turns(("user", "要新建哪几所中职"), ("assistant", "东胜区职业中学和康巴什区职业中学。"))
    assert is_follow_up("第二个主要学啥", history)
    assert rewrite("第二个主要学啥", history, NAMES) == "康巴什区职业中学主要学啥"


def test_a_name_inside_a_longer_one_is_not_counted_apart() -> None:
    history = turns(("user", "高职有哪几所"), ("assistant", "鄂尔多斯生态环境职业学院、鄂尔多斯职业学院。"))
    assert rewrite("第2所有多少学生", history, NAMES) == "鄂尔多斯职业学院有多少学生"


def test_the_one_school_of_a_level_the_last_answer_listed_is_named() -> None:
    history = turns(("user", "有哪几所高校"), ("assistant", "鄂尔多斯职业学院（高职）、东胜区职业中学（中职）。"))
    assert is_follow_up("里头那个高职的，2025年收多少学生", history)
    assert rewrite("里头那个高职的，2025年收多少学生", history, NAMES) == "里头鄂尔多斯职业学院，2025年收多少学生"
    two = turns(("user", "有哪几所高职"), ("assistant", "鄂尔多斯职业学院（高职）、鄂尔多斯生态环境职业学院（高职）。"))
    assert "那个高职的" in rewrite("那个高职的收多少学生", two, NAMES)  # two of that level: which one is unknown
    department = turns(("user", "哪几所有中职部"), ("assistant", "鄂尔多斯职业学院（中职部）。"))
    assert "中职部" in rewrite("那个中职部招多少", department, NAMES)  # a department, not a school of the level


def test_an_ordinal_past_the_list_is_left_to_the_other_rules() -> None:
    history = turns(("user", "要新建哪几所中职"), ("assistant", "东胜区职业中学和康巴什区职业中学。"))
    assert "第三个" in rewrite("第三个呢", history, NAMES)


def test_a_level_is_swapped_in_the_previous_question() -> None:
    history = turns(("user", "鸿雁计划本科补多少"), ("assistant", "2万元。"))
    assert rewrite("那专科呢", history, NAMES) == "鸿雁计划专科补多少"


def test_a_level_asked_of_a_target_without_naming_it_swaps_the_level() -> None:
    history = turns(("user", "高职双师型教师比例的目标是多少"), ("assistant", "70%。"))

    def topic_words(text: str) -> list[str]:  # the plan's words this test needs
        return [w for w in ("中职", "高职", "目标", "分别", "双师型") if w in text]

    assert is_follow_up("中职目前和目标分别是多少", history, topic_words)
    assert rewrite("中职目前和目标分别是多少", history, NAMES, topic_words) == "中职双师型教师比例的目标是多少"
    assert not is_follow_up("中职现在多少学生", history, topic_words)  # it says what it counts


def test_a_banner_swapped_for_a_school_called_by_its_short_banner_name() -> None:
    history = turns(("user", "准旗职高主要学啥"), ("assistant", "以采矿业、化工业为特色。"))
    assert rewrite("那乌审旗的呢", history, NAMES) == "乌审旗职高主要学啥"
