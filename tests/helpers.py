"""Small builders the tests share: one free-text answer sent as the site sends it."""

from cms.questions import steps_of
from engage.responses.services import AnswerInput, submit_response


def free_text_question(consultation):
    """The consultation's first free-text question."""
    return next(q for s in steps_of(consultation) for q in s.questions if q.is_free_text)


def submit_free_text(consultation, text: str, key: str, **kwargs):
    """Send one response holding `text` as the answer to the first free-text question; return the Response."""
    question = free_text_question(consultation)
    response, _ = submit_response(
        consultation=consultation,
        organisation=kwargs.pop("organisation", None) or consultation.get_parent().specific.organisation,
        answers=[
            AnswerInput(question.block_id, question.question_type, question.question, text=text, is_free_text=True)
        ],
        idempotency_key=key,
        **kwargs,
    )
    return response
