"""One young person's way through one consultation, kept in their session until they send it.

The session holds, per consultation page, the idempotency key made when they agreed to take part, what they typed on
each step (exactly as typed, so "Back" and errors lose nothing) and, once sent, only the receipt code.
"""

import re
import secrets

from django.conf import settings
from django.forms import MultipleChoiceField
from django.utils.datastructures import MultiValueDict

from cms.answering.step_form import StepForm
from cms.forms import AboutYouForm
from cms.questions import Step, steps_of
from engage.responses.services import AnswerInput

SESSION_KEY = "answering"
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
MAX_VALUES_PER_FIELD = 25


def new_idempotency_key() -> str:
    return secrets.token_urlsafe(24)


def is_idempotency_key(value: str) -> bool:
    return bool(KEY_PATTERN.match(value or ""))


def answer_matches(value, expected: str) -> bool:
    """Whether an earlier answer is the one a step waits for (for multiple choice: among those chosen)."""
    wanted = expected.strip().casefold()
    if value in (None, "", []):
        return False
    values = value if isinstance(value, list) else [value]
    return any(str(v).strip().casefold() == wanted for v in values)


def typed(form, data) -> dict[str, list[str]]:
    """What was typed into the form's fields, size-limited, in a form the session can keep."""
    limit = settings.YOUTH_VOICE["MAX_TEXT_LENGTH"]
    return {
        name: [value[:limit] for value in data.getlist(name)[:MAX_VALUES_PER_FIELD]]
        for name in form.fields
        if name in data
    }


def initial_from(form_class, typed_data: dict[str, list[str]], **kwargs) -> dict:
    fields = form_class(**kwargs).fields
    initial = {}
    for name, values in typed_data.items():
        if name in fields and values:
            initial[name] = values if isinstance(fields[name], MultipleChoiceField) else values[0]
    return initial


class Journey:
    def __init__(self, request, page):
        self.session = request.session
        self.page = page
        self.steps: list[Step] = steps_of(page)

    # ---- the state in the session ----

    @property
    def state(self) -> dict:
        return self.session.get(SESSION_KEY, {}).get(str(self.page.pk), {})

    def _set_state(self, state: dict | None) -> None:
        store = dict(self.session.get(SESSION_KEY, {}))
        if state is None:
            store.pop(str(self.page.pk), None)
        else:
            store[str(self.page.pk)] = state
        self.session[SESSION_KEY] = store

    @property
    def started(self) -> bool:
        return "steps" in self.state

    @property
    def key(self) -> str:
        return self.state.get("key", "")

    @property
    def receipt_code(self) -> str:
        """The receipt code of the response this session sent last, if it has sent one."""
        return self.state.get("receipt", "")

    def start(self, key: str) -> None:
        """Agree to take part. Carrying on with the same key keeps what was typed."""
        if self.started and self.key == key:
            return
        self._set_state({"key": key, "steps": {}, "about": {}})

    def finish(self, key: str, receipt_code: str) -> None:
        """Forget the answers (a phone may be shared); keep only the key and receipt, for a retried send."""
        self._set_state({"key": key, "receipt": receipt_code})

    @property
    def contact_left(self) -> bool:
        return bool(self.state.get("contact_left"))

    def note_contact_left(self) -> None:
        self._set_state({**self.state, "contact_left": True})

    # ---- steps ----

    def number_of(self, step: Step) -> int:
        return self.steps.index(step) + 1

    def step_numbered(self, number: int) -> Step | None:
        return self.steps[number - 1] if 1 <= number <= len(self.steps) else None

    def typed_on(self, step: Step) -> dict[str, list[str]]:
        return self.state.get("steps", {}).get(step.block_id, {}).get("data", {})

    def save_step(self, step: Step, form: StepForm, data, *, done: bool) -> None:
        state = dict(self.state)
        steps = dict(state.get("steps", {}))
        was_done = steps.get(step.block_id, {}).get("done", False)
        steps[step.block_id] = {"data": typed(form, data), "done": done or was_done}
        state["steps"] = steps
        self._set_state(state)

    def form_for(self, step: Step, data=None) -> StepForm:
        """The step's form: bound to what was just posted, or filled in with what was typed before."""
        if data is not None:
            return StepForm(data, step=step)
        return StepForm(step=step, initial=initial_from(StepForm, self.typed_on(step), step=step))

    def _stored_form(self, step: Step) -> StepForm:
        return StepForm(MultiValueDict(self.typed_on(step)), step=step)

    def visible_steps(self) -> list[Step]:
        """The steps this young person sees, given their answers so far (branching happens here, on the server)."""
        answers_by_key: dict[str, object] = {}
        visible = []
        for step in self.steps:
            if step.show_when_key and not answer_matches(answers_by_key.get(step.show_when_key), step.show_when_answer):
                continue
            visible.append(step)
            form = self._stored_form(step)
            if form.is_valid():
                for question in step.questions:
                    if question.key:
                        answers_by_key[question.key] = form.value_of(question)
        return visible

    def first_unfinished_step(self) -> Step | None:
        for step in self.visible_steps():
            done = self.state.get("steps", {}).get(step.block_id, {}).get("done", False)
            if not done or not self._stored_form(step).is_valid():
                return step
        return None

    def step_after(self, step: Step) -> Step | None:
        visible = self.visible_steps()
        later = [s for s in visible if self.steps.index(s) > self.steps.index(step)]
        return later[0] if later else None

    def step_before(self, step: Step | None) -> Step | None:
        """The visible step before `step` (before "about you" when step is None)."""
        visible = self.visible_steps()
        if step is None:
            return visible[-1] if visible else None
        earlier = [s for s in visible if self.steps.index(s) < self.steps.index(step)]
        return earlier[-1] if earlier else None

    def answers(self) -> list[AnswerInput]:
        """Every answer on the visible steps, checked again as a whole before sending."""
        answers = []
        for step in self.visible_steps():
            form = self._stored_form(step)
            if not form.is_valid():
                raise ValueError(f"Step {step.block_id} is not finished")  # callers check first_unfinished_step
            answers.extend(form.answers())
        return answers

    # ---- about you ----

    def about_form(self, data=None, *, areas=None) -> AboutYouForm:
        if data is not None:
            return AboutYouForm(data, areas=areas)
        typed_data = self.state.get("about", {})
        return AboutYouForm(initial=initial_from(AboutYouForm, typed_data, areas=areas), areas=areas)

    def save_about(self, form: AboutYouForm, data) -> None:
        state = dict(self.state)
        state["about"] = typed(form, data)
        self._set_state(state)
