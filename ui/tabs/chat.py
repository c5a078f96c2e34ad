"""The Chat tab: the conversation, the candidates of a question asked back as buttons, example
questions, optional filters, source cards, the cited page and the comparison of an aggregate
answer."""

from __future__ import annotations

import functools

import gradio as gr

from assistant.api import Assistant

from ..page import (
    ANSWER_CONCURRENCY,
    ANSWER_FAILED,
    CHART_COLORS,
    EMPTY_QUESTION,
    EXAMPLES,
    PREVIEW_CHARS,
    Page,
    Session,
    as_text,
    comparison,
    friendly,
    log,
    md_text,
    shown,
    too_long,
)
from ..sources import cards_html, citation_label, page_view

#: Buttons for the candidates of a question asked back ("您是指…吗？"): the answerer offers up to
#: three; a few more slots in case it offers more, the rest never shown.
MAX_CHOICES = 5
#: A body's name with its English name stays whole on a button; a longer label is cut there (the
#: whole label is what a click sends).
LABEL_CHARS = 120


class ChatTab:
    def __init__(self, page: Page):
        self.page = page

    def layout(self) -> None:
        with gr.Row():
            with gr.Column(scale=3):
                self.chatbot = gr.Chatbot(label="对话 / Conversation", height=460, elem_id="chatbot",
                                          buttons=["copy"])
                with gr.Row(visible=False, elem_id="choices") as self.choice_row:
                    self.choice_buttons = [gr.Button("", size="sm", visible=False, elem_id=f"choice-{i + 1}",
                                                     elem_classes="choice") for i in range(MAX_CHOICES)]
                with gr.Row():
                    self.question = gr.Textbox(placeholder="输入问题，回车发送 / Type a question and press Enter",
                                               show_label=False, scale=5, elem_id="question", max_lines=4,
                                               max_length=Assistant.MAX_QUESTION_CHARS)
                    self.send = gr.Button("发送 / Ask", variant="primary", scale=1, elem_id="send")
                gr.Markdown("示例 / Examples:")
                with gr.Row():
                    self.example_buttons = [gr.Button(q, size="sm", elem_classes="example-question")
                                            for q in EXAMPLES]
                self.new_chat = gr.Button("新对话 / New conversation", size="sm", elem_id="new-chat")
                with gr.Accordion("筛选（可选）/ Filters (optional)", open=False):
                    with gr.Row():
                        self.bodies = gr.Dropdown(label="机关 / Bodies", multiselect=True, choices=[],
                                                  elem_id="chat-bodies")
                        self.years = gr.Dropdown(label="年份 / Years", multiselect=True, choices=[],
                                                 elem_id="chat-years")
                self.answer_text = gr.Textbox(visible=False)
            with gr.Column(scale=2):
                self.cards = gr.HTML("", elem_id="source-cards")
                self.pick = gr.Radio(label="查看出处页面 / Show the cited page", choices=[],
                                     visible=False, elem_id="source-pick")
                self.page_caption = gr.Markdown("", elem_id="page-caption")
                self.page_image = gr.Image(label="原文页面 / Cited page", type="pil", visible=False,
                                           interactive=False, elem_id="page-image", format="png")
                self.page_html = gr.HTML("", visible=False, elem_id="page-text")
        with gr.Row(visible=False, elem_id="comparison") as self.compare_row:
            self.compare_table = gr.Dataframe(label="比较 / Comparison", interactive=False, wrap=True)
            self.compare_plot = gr.BarPlot(x="label", y="value", color="kind", label="图表 / Chart",
                                           elem_id="comparison-plot", sort="-y", x_label_angle=-30,
                                           color_map=CHART_COLORS)

    def wire(self, session: gr.State) -> None:
        sources = [self.cards, self.pick, self.page_caption, self.page_image, self.page_html, self.compare_row,
                   self.compare_table, self.compare_plot]
        chat_io = {"fn": self.chat, "inputs": [self.question, session],
                   "outputs": [self.answer_text, self.chatbot, self.question, session]}
        choices = [self.choice_row, *self.choice_buttons]
        gr.on([self.question.submit, self.send.click], **chat_io, api_name="chat",
              concurrency_limit=ANSWER_CONCURRENCY).then(self.show_sources, session, sources,
                                                         api_visibility="private").then(
            self.show_choices, session, choices, api_visibility="private")
        for button, text in zip(self.example_buttons, EXAMPLES, strict=True):
            button.click(functools.partial(lambda t: t, text), None, self.question, api_visibility="private").then(
                **chat_io, api_visibility="private").then(self.show_sources, session, sources,
                                                          api_visibility="private").then(
                self.show_choices, session, choices, api_visibility="private")
        for number, button in enumerate(self.choice_buttons):
            # hidden at once (no second click while the answer comes), then the pick is sent as a turn
            button.click(hide_choices, None, self.choice_row, queue=False,
                         api_visibility="private").then(
                functools.partial(self.choose, number), session, chat_io["outputs"], api_visibility="private",
                concurrency_limit=ANSWER_CONCURRENCY).then(
                self.show_sources, session, sources, api_visibility="private").then(
                self.show_choices, session, choices, api_visibility="private")
        self.pick.change(self.pick_source, [self.pick, session], [self.page_caption, self.page_image, self.page_html],
                         api_visibility="private")
        self.new_chat.click(self.new_conversation, None, [session, self.chatbot, self.question] + sources
                            + [self.bodies, self.years], api_visibility="private").then(
            self.show_choices, session, choices, api_visibility="private")
        gr.on([self.bodies.change, self.years.change], self.set_filters, [self.bodies, self.years, session],
              session, api_visibility="private")

    # --- handlers ---------------------------------------------------------------------------

    def chat(self, question: str, session: Session | None):
        """Answer `question` in this session's conversation. Returns the answer text first (the
        `chat` API endpoint), then the chat as shown, the cleared textbox and the session."""
        session = self.page.session(session)
        question = (question or "").strip()
        if not question:
            gr.Warning(EMPTY_QUESTION, duration=5)
            return EMPTY_QUESTION, session.messages, "", session
        if len(question) > Assistant.MAX_QUESTION_CHARS:  # refused before any work, and not kept whole
            text = too_long(question)
            session.messages = shown(session.messages, as_text(question[:PREVIEW_CHARS])
                                     + f"… ({len(question)} 个字符 / characters)", as_text(text))
            return text, session.messages, "", session
        try:
            answer = session.conversation.ask(question, bodies=session.bodies or None,
                                              years=session.years or None)
            text = answer.text + "".join(f"\n\n_{note}_" for note in answer.notes)
        except Exception:
            log.exception("answering %r failed", question)
            answer, text = None, ANSWER_FAILED
        session.last = answer
        session.messages = shown(session.messages, as_text(question), as_text(text))
        return text, session.messages, "", session

    def choose(self, number: int, session: Session | None):
        """A candidate button clicked: its label sent as the next turn (the chat reads as if it
        were typed), which the conversation takes as the pick."""
        session = self.page.session(session)
        choices = session.last.choices if session.last else []
        if not 0 <= number < len(choices):  # a stale click: the question asked back is gone
            return gr.update(), session.messages, gr.update(), session
        text, messages, _, session = self.chat(choices[number].label, session)
        return text, messages, gr.update(), session  # a question being typed is kept

    @friendly("无法显示候选项 / The choices could not be shown")
    def show_choices(self, session: Session | None):
        """The last answer's candidates as buttons (shown as text, as Gradio shows a button's
        label); all hidden when it asked nothing back."""
        answer = session.last if session else None
        labels = [_one_line(c.label) for c in (answer.choices if answer else [])][:MAX_CHOICES]
        return (gr.update(visible=bool(labels)),
                *(gr.update(value=labels[i], visible=True) if i < len(labels) else gr.update(value="", visible=False)
                  for i in range(MAX_CHOICES)))

    def set_filters(self, bodies, years, session: Session | None):
        """Remember this session's filters; the next answers are narrowed and say so."""
        session = self.page.session(session)
        session.bodies = list(bodies or [])
        session.years = [int(y) for y in years or []]
        return session

    @friendly("无法显示出处 / The sources could not be shown")
    def show_sources(self, session: Session | None):
        answer = session.last if session else None
        citations = answer.citations if answer else []
        choices = [(citation_label(i, c), i) for i, c in enumerate(citations)]
        styled, plot = comparison(answer)
        return (
            cards_html(citations),
            gr.update(choices=choices, value=None, visible=bool(choices)),
            "",
            gr.update(value=None, visible=False),
            gr.update(value="", visible=False),
            gr.update(visible=styled is not None),
            styled,
            plot,
        )

    @friendly("无法显示该页 / The cited page could not be shown")
    def pick_source(self, choice, session: Session | None):
        answer = session.last if session else None
        if choice is None or answer is None or not 0 <= int(choice) < len(answer.citations):
            return "", gr.update(value=None, visible=False), gr.update(value="", visible=False)
        citation = answer.citations[int(choice)]
        with self.page.lock:
            cited = self.page.assistant.cited_page(citation)  # the catalog read under the lock, the render not
        view = page_view(citation, cited)
        return (
            f"**{md_text(view.caption)}**",
            gr.update(value=view.image, visible=view.image is not None),
            gr.update(value=view.html or "", visible=view.html is not None),
        )

    def new_conversation(self):
        """A fresh conversation: no history, no sources, no filters."""
        return (None, [], "", "", gr.update(choices=[], value=None, visible=False), "",
                gr.update(value=None, visible=False), gr.update(value="", visible=False),
                gr.update(visible=False), None, None, [], [])


def hide_choices():
    """The candidate buttons hidden at a click, before the pick is answered."""
    return gr.update(visible=False)


def _one_line(text: str) -> str:
    """A label from a report as one short line of text: no control characters, at most
    LABEL_CHARS characters."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"
