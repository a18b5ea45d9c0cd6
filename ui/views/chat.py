"""The families' chat: streamed, cited answers, starter and follow-up questions, feedback, glossary."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import ApiError
from ui.common import WHERE_TO_ASK, audience, clause_text, client, glossary_popover, show_error

STARTERS = ("3+2 是什么？", "鸿雁计划有什么补贴？", "我家在乌审旗，能读哪所中职？", "职普融通是什么意思？")
PLAN_PAGE = "views/plan.py"


def messages() -> list[dict[str, Any]]:
    return st.session_state.setdefault("messages", [])


def _history() -> list[dict[str, str]]:
    """Earlier turns in the API's shape."""
    out = []
    for m in messages():
        text = m["content"] if m["role"] == "user" else m["answer"]["answer"]
        out.append({"role": m["role"], "content": text[:4000]})
    return out[-20:]


def _ask(question: str) -> None:
    """Stream the answer to `question` into the page and keep it in the conversation."""
    history = _history()
    messages().append({"role": "user", "content": question})
    with st.chat_message("user"):
        st.markdown(question)
    final: dict[str, Any] = {}

    def deltas() -> Any:
        for event in client().ask_stream(question, history, audience()):
            if "delta" in event:
                yield event["delta"]
            else:
                final.update(event["answer"])

    with st.chat_message("assistant"):
        try:
            st.write_stream(deltas())
        except ApiError as err:
            messages().pop()
            show_error(err)
            return
    if "answer" not in final:  # the stream ended before its final event
        messages().pop()
        show_error(ApiError("回答没有完整传回，请再问一次。"))
        return
    messages().append({"role": "assistant", "answer": final, "question": question, "audience": audience()})
    st.rerun()


def _citations(answer: dict[str, Any], i: int, teacher: bool) -> None:
    cites = answer.get("citations") or []
    if not cites:
        return
    if answer.get("refused"):
        st.caption("最接近的条款：")
    with st.container(horizontal=True, gap="small"):
        for c in cites:
            with st.popover(f"[{c['n']}] {c['label']}", key=f"cite-{i}-{c['n']}"):
                st.markdown(f"> {c['quote']}")
                st.caption(f"{c['document']} · {c['label']}（{c['id']}）")
                if teacher:
                    st.markdown("**完整条文**")
                    st.markdown(clause_text(c["id"]))
                st.page_link(PLAN_PAGE, label="在方案中查看全文 →", query_params={"clause": c["id"]})


def _send_rating(msg: dict[str, Any], rating: int) -> None:
    """Store the thumbs tap at once (the comment is an optional second step)."""
    answer = msg["answer"]
    try:
        saved = client().feedback(
            rating="up" if rating == 1 else "down",
            question=msg.get("question", ""),
            answer=answer.get("answer", ""),
            clause_ids=[c["id"] for c in answer.get("citations", [])][:20],
            audience=msg.get("audience", "family"),
            mode=answer.get("mode", "extractive"),
        )
    except ApiError as err:
        show_error(err)
        return
    msg["feedback_id"] = saved["id"]


def _feedback(msg: dict[str, Any], i: int) -> None:
    if msg.get("comment_sent"):
        st.caption("谢谢您的反馈！")
        return
    rating = st.feedback("thumbs", key=f"thumbs-{i}", disabled="feedback_id" in msg)
    if rating is not None and "feedback_id" not in msg:
        _send_rating(msg, rating)
    if "feedback_id" not in msg:
        return
    st.caption("谢谢您的反馈！")
    comment = st.text_input("想补充点什么吗？（可不填，请不要写电话、身份证号等个人信息）", key=f"comment-{i}")
    if comment.strip() and st.button("提交意见", key=f"send-{i}"):
        try:
            client().feedback_comment(msg["feedback_id"], comment)
        except ApiError as err:
            show_error(err)
            return
        msg["comment_sent"] = True
        st.rerun()


def _suggestions(answer: dict[str, Any], i: int) -> None:
    tips = answer.get("suggestions") or []
    if tips:
        st.caption("您还可以问：")
        for j, tip in enumerate(tips[:3]):
            if st.button(tip, key=f"tip-{i}-{j}"):
                st.session_state["pending"] = tip
                st.rerun()


def _answer(msg: dict[str, Any], i: int, last: bool) -> None:
    answer = msg["answer"]
    with st.chat_message("assistant"):
        if answer.get("refused"):
            st.info("**方案里没有写明这一点。**\n\n" + answer["answer"], icon=":material/info:")
        else:
            st.markdown(answer["answer"])
        _citations(answer, i, msg.get("audience") == "teacher")
        if answer.get("refused") and "招生" not in answer["answer"] and "教育体育局" not in answer["answer"]:
            st.caption(WHERE_TO_ASK)
        glossary_popover(answer["answer"], key=f"terms-{i}")
        _feedback(msg, i)
        if last:
            _suggestions(answer, i)


def _starters() -> None:
    st.markdown("#### 您好！我是职途")
    st.markdown(
        "我只根据《鄂尔多斯市职业教育改革发展实施方案》（鄂府发〔2022〕78号）回答，每句话都标出处。可以先试试这些问题："
    )
    for j, q in enumerate(STARTERS):
        if st.button(q, key=f"starter-{j}"):
            st.session_state["pending"] = q
            st.rerun()


def page() -> None:
    st.title("职途 · 问答")
    msgs = messages()
    if msgs and st.button("新对话", icon=":material/add_comment:", key="new-chat"):
        st.session_state["messages"] = []
        st.rerun()
    if not msgs:
        _starters()
    for i, m in enumerate(msgs):
        if m["role"] == "user":
            with st.chat_message("user"):
                st.markdown(m["content"])
        else:
            _answer(m, i, last=i == len(msgs) - 1)
    typed = st.chat_input("请输入您的问题", max_chars=1000, key="question")
    question = typed or st.session_state.pop("pending", None)
    if isinstance(question, str) and question.strip():
        _ask(question.strip())


page()
