from django.conf import settings
from django.db import models


class ThemeSource(models.TextChoices):
    MODEL = "model", "Model"
    REVIEWER = "reviewer", "Reviewer"
    YOUTH_REVIEWER = "youth_reviewer", "Youth reviewer"


class ThemeAssignment(models.Model):
    """A theme given to a free-text answer, by the model or by a person, with the words that carry it."""

    answer = models.ForeignKey("engage.Answer", on_delete=models.CASCADE, related_name="theme_assignments")
    slug = models.CharField(max_length=60, db_index=True, help_text="A theme slug from the framework.")
    confidence = models.FloatField(null=True, blank=True, help_text="Calibrated 0-1; empty when a person added it.")
    evidence = models.JSONField(default=list, blank=True, help_text='[{"start", "end", "text"}] into the answer.')
    source = models.CharField(max_length=20, choices=ThemeSource.choices, default=ThemeSource.MODEL)
    model_version = models.CharField(max_length=80, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["answer", "-confidence"]
        constraints = [
            models.UniqueConstraint(
                fields=["answer", "slug"], condition=models.Q(source="model"), name="one_model_theme_per_answer"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.slug} ({self.get_source_display()})"
