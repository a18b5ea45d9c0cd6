"""The UI's flows in Streamlit's AppTest, against the real API: chat, citations, refusal, follow-up, teacher tools."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from assistant.feedback import FeedbackStore
from assistant.settings import Settings

pytestmark = pytest.mark.slow


def texts(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in [*at.markdown, *at.info, *at.caption, *at.success])


def popover_labels(at: AppTest) -> list[str]:
    return [str(p.proto.popover.label) for p in at.get("popover")]


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def test_empty_chat_offers_starters_and_a_starter_is_answered(app: AppTest) -> None:
    labels = [b.label for b in app.button]
    assert "3+2 是什么？" in labels and "鸿雁计划有什么补贴？" in labels
    next(b for b in app.button if b.label == "鸿雁计划有什么补贴？").click().run()
    assert "鸿雁计划" in texts(app)
    assert any("鸿雁计划" in label for label in popover_labels(app))


def test_answer_shows_figure_citation_quote_and_plan_link(app: AppTest) -> None:
    ask(app, "鸿雁计划本科生毕业后留在鄂尔多斯工作满5年补贴多少？")
    body = texts(app)
    assert "2万元" in body
    cites = [label for label in popover_labels(app) if label.startswith("[1]")]
    assert cites and "鸿雁计划" in cites[0]
    links = [str(e.proto.page) for e in app.get("page_link")]
    assert any("plan" in link for link in links)
    assert any(m.value.startswith("> ") and "2万元" in m.value for m in app.markdown)


def test_follow_up_uses_history(app: AppTest) -> None:
    ask(app, "鸿雁计划本科层次一次性生活补贴多少钱？")
    ask(app, "那专科呢？")
    answers = [m for m in app.chat_message if m.name == "assistant"]
    assert len(answers) == 2
    assert "1万元" in texts(app)


def test_refusal_is_helpful(app: AppTest) -> None:
    ask(app, "鄂尔多斯理工学校一年学费多少钱？")
    refusal = " ".join(str(i.value) for i in app.info)
    assert "方案里没有写明" in refusal
    assert "招生" in refusal or "教育体育局" in refusal


def test_glossary_popover_explains_terms(app: AppTest) -> None:
    ask(app, "什么是双师型教师？")
    assert any(label.startswith("术语解释") for label in popover_labels(app))
    assert "**双师型" in texts(app)


def test_a_thumbs_tap_is_stored_at_once_and_a_comment_follows(app: AppTest, real_settings: Settings) -> None:
    ask(app, "3+2 是什么？")
    app.get("feedback")[0].set_value(0).run()
    fid = app.session_state["messages"][-1]["feedback_id"]
    store = FeedbackStore(real_settings.database)
    row = store.get(fid)
    assert row is not None and row.rating == "down" and row.comment == ""
    app.text_input(key="comment-1").set_value("希望写得更简单，我电话13912345678").run()
    app.button(key="send-1").click().run()
    assert "谢谢您的反馈！" in texts(app)
    row = store.get(fid)
    store.close()
    assert row is not None and row.comment.startswith("希望写得更简单") and "13912345678" not in row.comment


def test_new_conversation_clears_the_chat(app: AppTest) -> None:
    assert not [b for b in app.button if b.key == "new-chat"]  # nothing to clear yet
    ask(app, "3+2 是什么？")
    app.button(key="new-chat").click().run()
    assert not [m for m in app.chat_message if m.name == "assistant"]
    assert "3+2 是什么？" in [b.label for b in app.button]


def test_teachers_see_the_full_clause_under_each_citation(app: AppTest) -> None:
    ask(app, "鸿雁计划本科层次一次性生活补贴多少钱？")
    assert "完整条文" not in texts(app)
    app.sidebar.radio(key="audience").set_value("teacher").run()
    ask(app, "鸿雁计划本科层次一次性生活补贴多少钱？")
    assert app.session_state["messages"][-1]["audience"] == "teacher"
    assert "完整条文" in texts(app)
    assert any("对报考本市中高职院校重点建设专业的学生" in str(m.value) for m in app.markdown)  # the rest of box4.2


def test_plan_browser_deep_link(app: AppTest) -> None:
    app.query_params["clause"] = "box4.2"
    app.switch_page("views/plan.py").run()
    assert not app.exception, app.exception
    assert any("box4.2" in str(s.value) for s in app.success)
    assert "本科层次给予一次性生活补贴2万元" in texts(app)


def test_plan_browser_search_beside_a_pinned_clause(app: AppTest) -> None:
    app.query_params["clause"] = "box4.2"
    app.switch_page("views/plan.py").run()
    app.text_input(key="plan-find").set_value("鸿雁计划").run()
    assert not app.exception, app.exception
    assert any("包含“鸿雁计划”" in str(m.value) for m in app.markdown)


def test_plan_browser_second_level(app: AppTest) -> None:
    app.query_params["clause"] = "box4.2"
    app.switch_page("views/plan.py").run()
    assert app.selectbox[0].value == "s3" and app.selectbox[1].value == "s3.2"  # 三、主要任务 › 三（二）


def test_plan_browser_unknown_clause(app: AppTest) -> None:
    app.query_params["clause"] = "nope9"
    app.switch_page("views/plan.py").run()
    assert any("没有编号为 nope9" in str(w.value) for w in app.warning)


def test_school_filter_and_page(app: AppTest) -> None:
    app.switch_page("views/schools.py").run()
    app.selectbox(key="school-banner").set_value("乌审旗").run()
    table = app.dataframe[0].value
    assert list(table["学校"]) == ["乌审旗职业中学"]
    assert int(table["2025年规划"].iloc[0]) == 983
    assert "table2" in texts(app)


def test_subsidy_finder(app: AppTest) -> None:
    app.switch_page("views/subsidies.py").run()
    app.radio(key="f-stage").set_value("本科")
    app.checkbox(key="f-intern").check()
    app.checkbox(key="f-outside").check()
    app.number_input(key="f-years").set_value(5)
    app.button[0].click().run()
    body = texts(app)
    assert "2万元" in body and "box4.2" in body
    app.checkbox(key="f-key").check()
    app.radio(key="f-stage").set_value("中职")
    app.button[0].click().run()
    assert "方案未写明金额" in texts(app) and "激励办法" in texts(app)


def test_pathway_diagram_has_cited_edges(app: AppTest) -> None:
    app.switch_page("views/pathways.py").run()
    dot = app.get("graphviz_chart")[0].proto.spec
    assert '"中职" -> "高职"' in dot and "s3.2.4" in dot


def test_handout_of_a_conversation(app: AppTest) -> None:
    ask(app, "委培生毕业后定向就业有什么补助？")
    app.switch_page("views/handout.py").run()
    app.radio(key="h-format").set_value("md")
    app.button(key="h-make").click().run()
    assert not app.exception, app.exception
    fmt, data, _ = app.session_state["handout"]
    text = data.decode()
    assert fmt == "md" and "鄂府发〔2022〕78号" in text and "2万元" in text and "s3.7.27" in text


def test_handout_of_a_topic(app: AppTest) -> None:
    app.switch_page("views/handout.py").run()
    app.multiselect(key="h-topics").select("box4")
    app.radio(key="h-format").set_value("md")
    app.button(key="h-make").click().run()
    assert not app.exception, app.exception
    text = app.session_state["handout"][1].decode()
    assert "专栏4 鸿雁计划（2）（box4.2）" in text and "本科层次给予一次性生活补贴2万元" in text


def test_teacher_filters_survive_a_page_switch(app: AppTest) -> None:
    app.switch_page("views/subsidies.py").run()
    app.radio(key="f-stage").set_value("本科")
    app.button[0].click().run()
    app.switch_page("views/schools.py").run()
    app.selectbox(key="school-banner").set_value("杭锦旗").run()
    app.switch_page("views/chat.py").run()
    app.switch_page("views/subsidies.py").run()
    stage = app.radio(key="f-stage").value
    app.switch_page("views/schools.py").run()
    assert (stage, app.selectbox(key="school-banner").value) == ("本科", "杭锦旗")
