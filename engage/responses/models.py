from django.conf import settings
from django.db import models


class Channel(models.TextChoices):
    ONLINE = "online", "Online"
    IN_PERSON = "in_person", "In-person session"
    IMPORT = "import", "Imported"


class AgeBand(models.TextChoices):
    UNDER_13 = "under_13", "Under 13"
    AGE_13_15 = "13_15", "13 to 15"
    AGE_16_17 = "16_17", "16 to 17"
    AGE_18_21 = "18_21", "18 to 21"
    AGE_22_25 = "22_25", "22 to 25"


class Session(models.Model):
    """An in-person session (a youth forum meeting, a school visit) where a youth worker wrote down what was said."""

    consultation = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="sessions")
    organisation = models.ForeignKey("engage.Organisation", on_delete=models.PROTECT, related_name="sessions")
    held_on = models.DateField()
    place = models.CharField(max_length=200, help_text="Where it was, e.g. The Youth Hub, or Year 9 at a school.")
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notes = models.TextField(max_length=2000, blank=True, help_text="No names or other personal details.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.place} on {self.held_on:%d %b %Y}"


class Response(models.Model):
    """One young person's answers to one consultation.

    Anonymous by design: no account, IP address or device identifier is stored. The receipt code lets the young
    person come back to see what happened or withdraw; the idempotency key makes a retried submit store once.
    """

    consultation = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="responses")
    organisation = models.ForeignKey(
        "engage.Organisation",
        on_delete=models.PROTECT,
        related_name="responses",
        help_text="The organisation running the forum, which decides who may read this response.",
    )
    channel = models.CharField(max_length=20, choices=Channel.choices, default=Channel.ONLINE)
    session = models.ForeignKey(Session, null=True, blank=True, on_delete=models.SET_NULL, related_name="responses")
    idempotency_key = models.CharField(max_length=64, unique=True)
    receipt_code = models.CharField(max_length=9, unique=True)
    submitted_at = models.DateTimeField(db_index=True)
    consent_given = models.BooleanField(default=False)

    # "About you": every field optional, "prefer not to say" stored as an empty value.
    age_band = models.CharField(max_length=10, choices=AgeBand.choices, blank=True)
    postcode_district = models.CharField(max_length=4, blank=True, help_text="First half of a postcode only.")
    area = models.ForeignKey("engage.Area", null=True, blank=True, on_delete=models.SET_NULL, related_name="responses")
    gender = models.CharField(max_length=40, blank=True)
    ethnicity = models.CharField(max_length=60, blank=True)
    plus_groups = models.JSONField(default=list, blank=True)

    withdrawn_at = models.DateTimeField(null=True, blank=True)
    is_synthetic = models.BooleanField(default=False, help_text="Made-up demo or test data, not a real young person.")

    class Meta:
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["consultation", "submitted_at"])]

    def __str__(self) -> str:
        return f"Response {self.receipt_code}"


class AnswerQuerySet(models.QuerySet):
    def written(self):
        """Answers holding words a young person wrote: free-text answers and the "other, please say" text of a choice.
        These are what the model themes, reviewers review and the safeguarding check reads."""
        return self.exclude(text="")


class Answer(models.Model):
    """One answer to one question, linked to the question's stable block id so edits never orphan it."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    block_id = models.CharField(max_length=64, db_index=True)
    question_type = models.CharField(max_length=30)
    question_text = models.CharField(max_length=500, help_text="The question as it was asked.")
    value = models.JSONField(null=True, blank=True, help_text="Choices, scale points, ranking or yes/no.")
    text = models.TextField(blank=True, help_text="What the young person wrote, for free-text answers.")
    is_free_text = models.BooleanField(default=False, db_index=True)
    themed_at = models.DateTimeField(null=True, blank=True, help_text="When the model last themed this answer.")
    theme_model = models.CharField(max_length=80, blank=True, help_text="The model that themed it (name@version).")

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["response", "id"]
        constraints = [models.UniqueConstraint(fields=["response", "block_id"], name="one_answer_per_question")]

    def __str__(self) -> str:
        return f"{self.question_text[:40]}: {self.display_value[:40]}"

    @property
    def display_value(self) -> str:
        if self.text and not self.value:
            return self.text
        value = self.value
        if isinstance(value, list):
            shown = ", ".join(str(v) for v in value)
        elif isinstance(value, bool):
            shown = "Yes" if value else "No"
        else:
            shown = "" if value is None else str(value)
        return f"{shown} – {self.text}" if self.text else shown


class ContactRequest(models.Model):
    """An email address left to hear what happened, kept apart from the answers and deleted on schedule."""

    consultation = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="contact_requests")
    email = models.EmailField(max_length=254)
    created_at = models.DateTimeField(auto_now_add=True)
    delete_after = models.DateField()

    def __str__(self) -> str:
        return f"Contact request for {self.consultation_id}"
