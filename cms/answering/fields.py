"""How a template draws a question accessibly, whatever form it comes from: a label or a fieldset with a legend, a
hint and errors tied to the inputs with aria-describedby, and a GOV.UK-style error summary linking to each field."""

from dataclasses import dataclass, field

from django import forms


class PlainForm(forms.Form):
    """A form that leaves checking to the server, so every error looks the same and sits next to its field."""

    use_required_attribute = False


@dataclass
class FieldView:
    """One question as the template draws it: a label or legend, a hint, its inputs and its errors."""

    kind: str  # text, textarea, radios, checkboxes, select, ranking, checkbox
    label: str
    name: str
    hint: str = ""
    bound: forms.BoundField | None = None
    other: forms.BoundField | None = None
    ranks: list[forms.BoundField] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    required: bool = False

    @property
    def hint_id(self) -> str:
        return f"{self.name}-hint"

    @property
    def error_id(self) -> str:
        return f"{self.name}-error"

    @property
    def anchor(self) -> str:
        """The id of the first input, which the error summary links to."""
        if self.ranks:
            return self.ranks[0].id_for_label
        if self.kind in {"radios", "checkboxes"}:
            return f"{self.bound.auto_id}_0"
        return self.bound.id_for_label

    @property
    def described_by(self) -> str:
        ids = [self.hint_id] if self.hint else []
        if self.errors:
            ids.append(self.error_id)
        return " ".join(ids)

    @property
    def is_group(self) -> bool:
        return self.kind in {"radios", "checkboxes", "ranking"}

    def finish(self) -> "FieldView":
        """Tie the inputs to the hint and errors (aria-describedby) once the form has been checked."""
        single = None if self.is_group else self.bound
        if single is not None:
            attrs = single.field.widget.attrs
            if self.described_by:
                attrs["aria-describedby"] = self.described_by
            if self.errors:
                attrs["aria-invalid"] = "true"
        return self


def error_summary(views: list[FieldView], extra: list[str] = ()) -> list[dict]:
    """The items of the error summary at the top of a page: each links to its field."""
    items = [{"text": message, "href": ""} for message in extra]
    for view in views:
        for message in view.errors:
            joiner = " " if view.label.rstrip().endswith(("?", ".", "!")) else ": "
            items.append({"text": f"{view.label}{joiner}{message}", "href": f"#{view.anchor}"})
    return items


def field_errors(form: forms.Form, *names: str) -> list[str]:
    if not form.is_bound:
        return []
    found = []
    for name in names:
        for message in form.errors.get(name, []):
            if message not in found:
                found.append(message)
    return found
