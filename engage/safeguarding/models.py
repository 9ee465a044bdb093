from django.conf import settings
from django.db import models
from django.utils import timezone


class AnswerCheck(models.Model):
    """The redaction and safeguarding check of one answer. Staff read `redacted_text`, never the answer's own text.

    The row is created when a check starts (so `attempts` counts tries that died) and is complete once `checked_at`
    is set; the sweep checks every answer without a complete check.
    """

    answer = models.OneToOneField("engage.Answer", on_delete=models.CASCADE, related_name="safeguarding_check")
    redacted_text = models.TextField(blank=True)
    pii = models.JSONField(default=list, blank=True, help_text="Personal data found: label and offsets, no text.")
    flag = models.BooleanField(default=False)
    categories = models.JSONField(default=list, blank=True)
    score = models.FloatField(default=0.0)
    evidence = models.JSONField(default=list, blank=True, help_text="Offsets into the original text, no text.")
    attempts = models.PositiveIntegerField(default=0)
    checked_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self) -> str:
        return f"Check of answer {self.answer_id}"


class AlertState(models.TextChoices):
    NEW = "new", "New"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    ACTIONED = "actioned", "Actioned"
    NO_CONCERN = "no_concern", "Closed: no concern"


class SafeguardingAlert(models.Model):
    """An answer that may tell of a young person at risk now. Only a person moves it on, and each move is logged.

    It outlives the answer: if the young person withdraws, the text goes but the alert and its history stay.
    """

    answer = models.OneToOneField(
        "engage.Answer", null=True, blank=True, on_delete=models.SET_NULL, related_name="safeguarding_alert"
    )
    response = models.ForeignKey("engage.Response", on_delete=models.PROTECT, related_name="safeguarding_alerts")
    organisation = models.ForeignKey(
        "engage.Organisation", on_delete=models.PROTECT, related_name="safeguarding_alerts"
    )
    categories = models.JSONField(default=list, blank=True)
    score = models.FloatField(default=0.0)
    evidence = models.JSONField(default=list, blank=True, help_text="Offsets into the original text; lead only.")
    state = models.CharField(max_length=20, choices=AlertState.choices, default=AlertState.NEW, db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    notified_at = models.DateTimeField(null=True, blank=True, help_text="When the safeguarding leads were emailed.")
    escalated_at = models.DateTimeField(null=True, blank=True, help_text="When the administrators were emailed.")

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["state", "created_at"])]

    def __str__(self) -> str:
        return f"Safeguarding alert {self.pk} ({self.get_state_display()})"

    @property
    def is_open(self) -> bool:
        return self.state in (AlertState.NEW, AlertState.ACKNOWLEDGED)


class AlertEvent(models.Model):
    """One step in an alert's history: who moved it from which state to which, and why."""

    alert = models.ForeignKey(SafeguardingAlert, on_delete=models.CASCADE, related_name="events")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when Youth Voice itself did it (opening, escalating).",
    )
    user_email = models.EmailField(blank=True, help_text="Kept if the account is later deleted.")
    at = models.DateTimeField(default=timezone.now)
    from_state = models.CharField(max_length=20, choices=AlertState.choices, blank=True)
    to_state = models.CharField(max_length=20, choices=AlertState.choices)
    note = models.TextField()

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_state or 'opened'} → {self.to_state}"


class OriginalTextAccess(models.Model):
    """A safeguarding lead read what a young person actually wrote. Kept even if the answer is later withdrawn."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    user_email = models.EmailField(blank=True, help_text="Kept if the account is later deleted.")
    answer = models.ForeignKey(
        "engage.Answer", null=True, on_delete=models.SET_NULL, related_name="original_text_accesses"
    )
    response = models.ForeignKey("engage.Response", on_delete=models.PROTECT, related_name="original_text_accesses")
    read_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True, help_text="Why the original was needed (optional).")

    class Meta:
        ordering = ["-read_at"]
        verbose_name_plural = "original text accesses"

    def __str__(self) -> str:
        return f"{self.user_email} read answer {self.answer_id} at {self.read_at:%Y-%m-%d %H:%M}"
