"""The forms a young person fills in around the questions: agreeing to take part, "about you", hearing back and
receipts. (Each step of questions is built in cms/answering/step_form.py.)

Every form is built for phones without JavaScript: no browser validation (errors come back from the server, next to
the field and in a summary), plain-words messages, and a size limit on every field.
"""

from functools import cache

import yaml
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError

from cms.answering.fields import FieldView, PlainForm, field_errors
from engage.areas.postcodes import postcode_district
from engage.responses.models import AgeBand
from engage.responses.services import normalise_receipt_code

PREFER_NOT_TO_SAY = "Prefer not to say"
PREFER_NOT = "prefer_not_to_say"  # a choice of its own, so nothing is ticked before the young person chooses

GENDERS = ["Girl or woman", "Boy or man", "Non-binary", "In another way"]

# ONS 2021 census ethnic groups for England and Wales: 19 groups under 5 headings. A stored value is
# "heading: group" ("heading: Any other" for the last of each), within the 60 characters Response.ethnicity holds.
ETHNIC_GROUPS = {
    "Asian or Asian British": ["Bangladeshi", "Chinese", "Indian", "Pakistani", "Any other Asian background"],
    "Black, Black British, Caribbean or African": ["African", "Caribbean", "Any other Black background"],
    "Mixed or multiple ethnic groups": [
        "White and Asian",
        "White and Black African",
        "White and Black Caribbean",
        "Any other mixed background",
    ],
    "White": [
        "English, Welsh, Scottish, Northern Irish or British",
        "Irish",
        "Gypsy or Irish Traveller",
        "Roma",
        "Any other White background",
    ],
    "Other ethnic group": ["Arab", "Any other ethnic group"],
}


def ethnicity_value(heading: str, group: str) -> str:
    return f"{heading}: {'Any other' if group.startswith('Any other') else group}"


@cache
def plus_groups() -> list[tuple[str, str]]:
    """The framework's PLUS groups as (slug, name), read from nlp/framework.yaml (the one list the themes use too)."""
    framework = yaml.safe_load((settings.BASE_DIR / "nlp" / "framework.yaml").read_text(encoding="utf-8"))
    return [(group["slug"], group["name"]) for group in framework["plus_groups"]]


# ---- Agreeing to take part ----


class ConsentForm(PlainForm):
    consent = forms.BooleanField(
        label="I understand, and I want to answer",
        error_messages={"required": "Tick the box to say you understand and want to answer."},
    )

    def views(self) -> list[FieldView]:
        return [
            FieldView(
                "checkbox",
                "I understand, and I want to answer",
                "consent",
                bound=self["consent"],
                errors=field_errors(self, "consent"),
            ).finish()
        ]


# ---- About you ----


def _with_prefer_not(choices) -> list:
    return [*choices, (PREFER_NOT, PREFER_NOT_TO_SAY)]


class AboutYouForm(PlainForm):
    """Optional questions about the young person; each can be skipped or answered "prefer not to say"."""

    age_band = forms.ChoiceField(
        label="How old are you?", required=False, choices=_with_prefer_not(AgeBand.choices), widget=forms.RadioSelect
    )
    postcode = forms.CharField(
        label="What is the first half of your postcode?",
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "size": "6"}),
        error_messages={
            "max_length": "That is longer than the first half of a postcode. Write only the first half, like S10 or M1."
        },
    )
    gender = forms.ChoiceField(
        label="How do you describe yourself?",
        required=False,
        choices=_with_prefer_not((g, g) for g in GENDERS),
        widget=forms.RadioSelect,
    )
    ethnicity = forms.ChoiceField(label="What is your ethnic group?", required=False)
    plus_groups = forms.MultipleChoiceField(
        label="Do any of these describe you?", required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, areas=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ethnicity"].choices = [("", "Choose one"), (PREFER_NOT, PREFER_NOT_TO_SAY)] + [
            (heading, [(ethnicity_value(heading, group), group) for group in groups])
            for heading, groups in ETHNIC_GROUPS.items()
        ]
        self.fields["plus_groups"].choices = _with_prefer_not(plus_groups())
        self.areas = list(areas or [])
        if self.areas:
            # The forum serves places a young person knows by name: ask for one instead of a postcode.
            del self.fields["postcode"]
            self.fields["area"] = forms.ChoiceField(
                label="Which area do you live in?",
                required=False,
                choices=_with_prefer_not((str(a.pk), a.name) for a in self.areas),
                widget=forms.RadioSelect,
            )

    def clean_postcode(self):
        try:
            return postcode_district(self.cleaned_data["postcode"])
        except ValidationError as error:
            raise ValidationError(error.messages[0]) from None

    def clean_plus_groups(self):
        chosen = self.cleaned_data["plus_groups"]
        if PREFER_NOT in chosen and len(chosen) > 1:
            raise ValidationError('Tick the groups that describe you, or "Prefer not to say", not both.')
        return [g for g in chosen if g != PREFER_NOT]

    def clean(self):
        cleaned = super().clean()
        # "Prefer not to say" is stored as nothing, the same as a question left out.
        for name in ("age_band", "gender", "ethnicity", "area"):
            if cleaned.get(name) == PREFER_NOT:
                cleaned[name] = ""
        return cleaned

    def views(self) -> list[FieldView]:
        hints = {
            "age_band": "",
            "postcode": "Only the first half, like S10 or M1. We never ask for your full postcode.",
            "area": "",
            "gender": "",
            "ethnicity": "Your ethnic group is about your culture and background.",
            "plus_groups": "Tick all that apply. This helps us check we hear from everyone.",
        }
        kinds = {"postcode": "text", "ethnicity": "select", "plus_groups": "checkboxes"}
        return [
            FieldView(
                kinds.get(name, "radios"),
                field.label,
                name,
                hints.get(name, ""),
                bound=self[name],
                errors=field_errors(self, name),
            ).finish()
            for name, field in self.fields.items()
        ]


# ---- After answering ----


class ContactForm(PlainForm):
    email = forms.EmailField(
        label="Your email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Write your email address, or leave this part out.",
            "invalid": "That doesn't look like an email address. It should look like name@example.com.",
        },
    )

    def views(self) -> list[FieldView]:
        hint = "We will only use it to tell you what happened, then delete it. It is kept apart from your answers."
        return [
            FieldView(
                "email", "Your email address", "email", hint, bound=self["email"], errors=field_errors(self, "email")
            ).finish()
        ]


class ReceiptLookupForm(PlainForm):
    code = forms.CharField(
        label="Your receipt code",
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        error_messages={"required": "Write the receipt code you were given, like ABCD-EFGH."},
    )

    def clean_code(self):
        code = normalise_receipt_code(self.cleaned_data["code"])
        if len(code) != 9:
            raise ValidationError("A receipt code has 8 letters and numbers, like ABCD-EFGH. Please check it.")
        return code

    def views(self) -> list[FieldView]:
        hint = "It has 8 letters and numbers, like ABCD-EFGH. You got it when you sent your answers."
        return [
            FieldView(
                "text", "Your receipt code", "code", hint, bound=self["code"], errors=field_errors(self, "code")
            ).finish()
        ]
