from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models

DEFAULT_DOUBLE_CODING_SHARE = 0.10


class ReviewerKind(models.TextChoices):
    STAFF = "staff", "Framework owner"
    YOUTH = "youth", "Youth reviewer"


class ConsultationReviewSettings(models.Model):
    """How a consultation's answers are reviewed: the share shown to two reviewers blind to each other."""

    consultation = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="review_settings")
    double_coding_share = models.FloatField(
        default=DEFAULT_DOUBLE_CODING_SHARE,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text="Share of answers (0 to 1) coded by two reviewers to measure agreement.",
    )

    class Meta:
        verbose_name_plural = "consultation review settings"

    def __str__(self) -> str:
        return f"Review settings for page {self.consultation_id}"


class Review(models.Model):
    """One person's codes for one answer: which of the model's themes they kept, and any they added.

    Staff reviews are complete at once; a youth reviewer checks the model's themes one at a time, so theirs is
    complete when every theme shown has been checked. Only complete reviews count.
    """

    answer = models.ForeignKey("engage.Answer", on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="theme_reviews")
    reviewer_kind = models.CharField(max_length=10, choices=ReviewerKind.choices, default=ReviewerKind.STAFF)
    themes = models.JSONField(default=list, help_text="The themes this reviewer says the answer has.")
    checks = models.JSONField(default=dict, blank=True, help_text="{slug: kept?} for each model theme shown.")
    model_themes = models.JSONField(default=list, blank=True, help_text="The model's themes when reviewed.")
    model_version = models.CharField(max_length=80, blank=True)
    from_random_sample = models.BooleanField(
        default=False, help_text="Served at random rather than by uncertainty, so agreement is not biased."
    )
    double_coded = models.BooleanField(default=False)
    is_complete = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["answer", "created_at"]
        constraints = [models.UniqueConstraint(fields=["answer", "reviewer"], name="one_review_per_reviewer")]

    def __str__(self) -> str:
        return f"Review of answer {self.answer_id} by {self.reviewer_id}"


class Settlement(models.Model):
    """The codes agreed for an answer whose reviewers disagreed."""

    answer = models.OneToOneField("engage.Answer", on_delete=models.CASCADE, related_name="settlement")
    themes = models.JSONField(default=list)
    settled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    settled_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Settled codes for answer {self.answer_id}"


class ThemeModelVersion(models.Model):
    """A theming model trained here, kept so it can be promoted, compared and rolled back to."""

    class Status(models.TextChoices):
        TRAINING = "training", "Training"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    version = models.CharField(max_length=80, unique=True)
    path = models.CharField(max_length=500, help_text="The model directory, under VAR_DIR/models/.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.TRAINING)
    card = models.JSONField(default=dict, blank=True, help_text="The model's meta.json: data, labels, scores.")
    comparison = models.JSONField(
        default=dict, blank=True, help_text="This model and the one current when it was trained, on held-out answers."
    )
    data_counts = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    is_current = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"], condition=models.Q(is_current=True), name="one_current_model"
            )
        ]

    def __str__(self) -> str:
        return self.version


class TrainingExample(models.Model):
    """A labelled, redacted answer imported from a JSONL file; used in retraining beside reviewed answers."""

    text = models.TextField()
    themes = models.JSONField(default=list)
    question = models.CharField(max_length=500, blank=True)
    source_name = models.CharField(max_length=200, blank=True, help_text="The file it came from.")
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text[:60]


class FrameworkTheme(models.Model):
    """A theme of the framework, editable by framework owners. The slug never changes once created."""

    class Group(models.TextChoices):
        DETERMINANT = "determinant", "Determinant of health"
        CLINICAL_AREA = "clinical_area", "Clinical area"

    slug = models.CharField(
        max_length=60,
        unique=True,
        validators=[RegexValidator(r"^[a-z][a-z0-9_]*$", "Use lower-case letters, digits and underscores.")],
        help_text="A stable identifier such as school_food. It cannot be changed later.",
    )
    name = models.CharField(max_length=200)
    group = models.CharField(max_length=20, choices=Group.choices, default=Group.DETERMINANT)
    description = models.TextField(help_text="What the theme covers and where its edge lies.")
    example_phrases = models.TextField(blank=True, help_text="A few phrases a young person might write, one a line.")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class YouthReviewer(models.Model):
    """A youth forum member who checks the model's themes on their own forum's answers, on the public site."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="youth_reviewer_roles")
    forum = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="youth_reviewers")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "forum"], name="one_youth_reviewer_role_per_forum")]

    def __str__(self) -> str:
        return f"{self.user} reviews for forum {self.forum_id}"


class RethemeRun(models.Model):
    """A bulk re-theme of one consultation or of everything, with progress the admin page shows."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    consultation = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Re-theme {self.consultation_id or 'all'} ({self.status})"

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else (100 if self.status == self.Status.DONE else 0)
