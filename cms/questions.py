"""Read a consultation's steps and questions as plain data, with each question's stable block id."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Question:
    block_id: str
    question_type: str
    question: str
    help_text: str = ""
    required: bool = False
    key: str = ""
    options: list[str] = field(default_factory=list)
    max_length: int | None = None
    allow_other: bool = False
    low_label: str = ""
    high_label: str = ""

    @property
    def is_free_text(self) -> bool:
        return self.question_type in {"short_text", "long_text"}


@dataclass(frozen=True)
class Step:
    block_id: str
    title: str
    intro: str
    questions: list[Question]
    show_when_key: str = ""
    show_when_answer: str = ""


def steps_of(consultation) -> list[Step]:
    steps = []
    for step_block in consultation.body:
        if step_block.block_type != "step":
            continue
        value = step_block.value
        questions = [_question(child) for child in value["questions"]]
        steps.append(
            Step(
                block_id=str(step_block.id),
                title=value["title"],
                intro=value.get("intro") or "",
                questions=questions,
                show_when_key=value.get("show_when_key") or "",
                show_when_answer=value.get("show_when_answer") or "",
            )
        )
    return steps


def _question(child) -> Question:
    value = child.value
    return Question(
        block_id=str(child.id),
        question_type=child.block.question_type,
        question=value["question"],
        help_text=value.get("help_text") or "",
        required=bool(value.get("required")),
        key=value.get("key") or "",
        options=[str(o) for o in value.get("options", [])],
        max_length=value.get("max_length"),
        allow_other=bool(value.get("allow_other")),
        low_label=value.get("low_label") or "",
        high_label=value.get("high_label") or "",
    )
