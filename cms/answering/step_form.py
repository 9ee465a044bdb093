"""One step of a consultation's questions as a Django form, built from the step's blocks.

Every kind of question block becomes fields here; the answers come back against each question's stable block id.
"""

from django import forms
from django.conf import settings

from cms.answering.fields import FieldView, PlainForm, field_errors
from cms.blocks import FACES
from cms.questions import Question, Step
from engage.responses.services import AnswerInput

OTHER = "Other"
OTHER_TEXT_MAX_LENGTH = 200
RANKS = ["1st", "2nd", "3rd", "4th", "5th"]


def _name(question: Question) -> str:
    return f"q-{question.block_id}"


NEEDED = "This question needs an answer. "


def _choice_field(choices, required: bool, widget, message: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        choices=choices, required=required, widget=widget, error_messages={"required": NEEDED + message}
    )


def _fields_for(question: Question) -> dict[str, forms.Field]:
    name = _name(question)
    required = question.required
    kind = question.question_type
    if kind in {"short_text", "long_text"}:
        limit = question.max_length or settings.YOUTH_VOICE["MAX_TEXT_LENGTH"]
        limit = min(limit, settings.YOUTH_VOICE["MAX_TEXT_LENGTH"])
        widget = forms.Textarea(attrs={"rows": 6}) if kind == "long_text" else forms.TextInput()
        widget.attrs.update({"autocomplete": "off", "spellcheck": "true"})
        return {
            name: forms.CharField(
                max_length=limit,
                required=required,
                widget=widget,
                error_messages={
                    "required": NEEDED + "Please write an answer.",
                    "max_length": "Your answer is %(show_value)d characters long. "
                    "The most you can write here is %(limit_value)d characters: please make it shorter.",
                },
            )
        }
    if kind == "single_choice":
        choices = [(o, o) for o in question.options]
        return {name: _choice_field(choices, required, forms.RadioSelect, "Please choose one.")}
    if kind == "yes_no":
        return {name: _choice_field([("Yes", "Yes"), ("No", "No")], required, forms.RadioSelect, "Choose yes or no.")}
    if kind == "scale":
        choices = [(str(n), str(n)) for n in range(1, 6)]
        choices[0] = ("1", f"1 – {question.low_label}" if question.low_label else "1")
        choices[4] = ("5", f"5 – {question.high_label}" if question.high_label else "5")
        return {name: _choice_field(choices, required, forms.RadioSelect, "Please choose a number from 1 to 5.")}
    if kind == "faces":
        return {name: _choice_field(FACES, required, forms.RadioSelect, "Please choose a face.")}
    if kind == "multiple_choice":
        choices = [(o, o) for o in question.options]
        fields = {}
        if question.allow_other:
            choices.append((OTHER, "Other, please say"))
            fields[f"{name}-other"] = forms.CharField(
                label="Other, please say",
                required=False,
                max_length=OTHER_TEXT_MAX_LENGTH,
                widget=forms.TextInput(attrs={"autocomplete": "off"}),
                error_messages={
                    "max_length": "What you wrote under Other is %(show_value)d characters long. "
                    "The most you can write there is %(limit_value)d characters."
                },
            )
        main = forms.MultipleChoiceField(
            choices=choices,
            required=required,
            widget=forms.CheckboxSelectMultiple,
            error_messages={"required": NEEDED + "Please tick at least one."},
        )
        return {name: main, **fields}
    if kind == "ranking":
        rank_choices = [("", "Choose")] + [(str(n), RANKS[n - 1]) for n in range(1, len(question.options) + 1)]
        return {
            f"{name}-{n}": forms.ChoiceField(label=option, choices=rank_choices, required=False)
            for n, option in enumerate(question.options)
        }
    raise ValueError(f"Unknown question type {kind!r}")  # a new block type needs a field here


class StepForm(PlainForm):
    """The questions of one step, built from the step's blocks; answers come back against each block id."""

    def __init__(self, *args, step: Step, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        for question in step.questions:
            self.fields.update(_fields_for(question))

    def clean(self):
        cleaned = super().clean()
        for question in self.step.questions:
            name = _name(question)
            if question.question_type == "ranking":
                self._clean_ranking(question, cleaned)
            elif question.question_type == "multiple_choice" and question.allow_other:
                other = cleaned.get(f"{name}-other", "")
                chosen = cleaned.get(name) or []
                # Writing under "Other" is choosing it, even if the box was not ticked.
                if other and OTHER not in chosen:
                    if not self[name].data:
                        self.errors.pop(name, None)  # "needs an answer" no longer holds
                    if name not in self.errors:
                        cleaned[name] = [*chosen, OTHER]
        return cleaned

    def _clean_ranking(self, question: Question, cleaned: dict) -> None:
        name = _name(question)
        ranks = {}
        for n, option in enumerate(question.options):
            rank = cleaned.get(f"{name}-{n}")
            if rank:
                ranks.setdefault(rank, []).append(option)
        doubled = [RANKS[int(rank) - 1] for rank, options in sorted(ranks.items()) if len(options) > 1]
        if doubled:
            self.add_error(
                f"{name}-0", f"You gave {' and '.join(doubled)} to more than one thing. Use each place only once."
            )
        elif question.required and not ranks:
            self.add_error(f"{name}-0", NEEDED + "Please put at least your 1st choice in order.")
        else:
            cleaned[name] = [options[0] for _, options in sorted(ranks.items(), key=lambda item: int(item[0]))]

    def views(self) -> list[FieldView]:
        views = []
        for question in self.step.questions:
            name = _name(question)
            hint = question.help_text
            kind = question.question_type
            if kind in {"short_text", "long_text"}:
                limit = self.fields[name].max_length
                hint = f"{hint} You can write up to {limit:,} characters.".strip()
                view = FieldView(
                    "textarea" if kind == "long_text" else "text",
                    question.question,
                    name,
                    hint,
                    bound=self[name],
                    errors=field_errors(self, name),
                )
            elif kind == "multiple_choice":
                other = f"{name}-other"
                hint = hint or "Tick all that apply."
                view = FieldView(
                    "checkboxes",
                    question.question,
                    name,
                    hint,
                    bound=self[name],
                    other=self[other] if other in self.fields else None,
                    errors=field_errors(self, name, other),
                )
            elif kind == "ranking":
                ranks = [self[f"{name}-{n}"] for n in range(len(question.options))]
                hint = f"{hint} Give 1st to what matters most. Use each place once.".strip()
                view = FieldView(
                    "ranking",
                    question.question,
                    name,
                    hint,
                    ranks=ranks,
                    errors=field_errors(self, *(r.name for r in ranks)),
                )
            else:
                view = FieldView(
                    "radios", question.question, name, hint, bound=self[name], errors=field_errors(self, name)
                )
            view.required = question.required
            views.append(view.finish())
        return views

    def answers(self) -> list[AnswerInput]:
        """The answers given (unanswered optional questions are left out), ready for submit_response."""
        answers = []
        for question in self.step.questions:
            name = _name(question)
            value = self.cleaned_data.get(name)
            if value in (None, "", []):
                continue
            text = ""
            if question.is_free_text:
                value, text = None, value
            elif question.question_type == "multiple_choice":
                value = list(dict.fromkeys(value))  # a box ticked twice (a crafted form) counts once
                text = self.cleaned_data.get(f"{name}-other", "")
            answers.append(
                AnswerInput(
                    block_id=question.block_id,
                    question_type=question.question_type,
                    question_text=question.question,
                    value=value,
                    text=text,
                    is_free_text=question.is_free_text,
                )
            )
        return answers

    def value_of(self, question: Question):
        return self.cleaned_data.get(_name(question))
