from django import forms

from engage.safeguarding.models import AlertState, SafeguardingAlert

NEXT_STATES = {
    AlertState.NEW: [AlertState.ACKNOWLEDGED, AlertState.ACTIONED, AlertState.NO_CONCERN],
    AlertState.ACKNOWLEDGED: [AlertState.ACTIONED, AlertState.NO_CONCERN],
}


class AlertStateForm(forms.Form):
    """Move an alert on. The note is required: it is the record of what a person did or decided."""

    to_state = forms.ChoiceField(label="Mark this alert as", widget=forms.RadioSelect)
    note = forms.CharField(
        label="Note",
        help_text="What you did or decided, and why. It stays in the alert's history.",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Write a note saying what you did or decided."},
    )

    def __init__(self, *args, alert: SafeguardingAlert, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_state"].choices = [(s.value, s.label) for s in NEXT_STATES.get(alert.state, [])]


class ReadOriginalForm(forms.Form):
    note = forms.CharField(
        label="Why you need the original (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
