from django.conf import settings
from django.db import models


class Organisation(models.Model):
    """An NHS trust, ICB, charity or council that runs youth forums."""

    class Kind(models.TextChoices):
        TRUST = "trust", "NHS trust"
        ICB = "icb", "Integrated care board"
        CHARITY = "charity", "Charity or voluntary group"
        COUNCIL = "council", "Local council"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    YOUTH_WORKER = "youth_worker", "Youth worker"
    SAFEGUARDING_LEAD = "safeguarding_lead", "Safeguarding lead"
    FRAMEWORK_OWNER = "framework_owner", "Framework owner"
    ANALYST = "analyst", "Analyst"
    ADMINISTRATOR = "administrator", "Administrator"


class Membership(models.Model):
    """A staff member's role in one organisation. A person may hold several roles."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=30, choices=Role.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="unique_membership_role"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} at {self.organisation}"
