from django.db import models


class Area(models.Model):
    """A place in the 2021 statistical geography: LSOA within local authority within ICB within region."""

    class Kind(models.TextChoices):
        LSOA = "lsoa", "LSOA"
        LOCAL_AUTHORITY = "lad", "Local authority"
        ICB = "icb", "Integrated care board"
        REGION = "region", "Region"
        COUNTRY = "country", "Country"

    code = models.CharField(max_length=12, unique=True, help_text="ONS code, e.g. E01008162 or E08000019.")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind.choices, db_index=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    imd_decile = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="IMD decile, 1 = most deprived 10% nationally (LSOAs only)."
    )
    is_synthetic = models.BooleanField(default=False, help_text="Made-up demo data, not official statistics.")

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def is_core20(self) -> bool:
        return self.imd_decile is not None and self.imd_decile <= 2
