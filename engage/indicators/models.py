"""Deprivation and public-health indicators per area, and the tallies of themes that sit beside them."""

from django.db import models


class Polarity(models.TextChoices):
    HIGHER_IS_WORSE = "higher_is_worse", "Higher is worse"
    HIGHER_IS_BETTER = "higher_is_better", "Higher is better"
    NEITHER = "neither", "Neither better nor worse"


class Indicator(models.Model):
    """One public-health or deprivation indicator in the catalogue, and the themes it sits beside."""

    slug = models.SlugField(max_length=60, unique=True, help_text="Stable identifier, e.g. obesity_y6.")
    name = models.CharField(max_length=300)
    unit = models.CharField(max_length=60, blank=True, help_text='e.g. "%" or "per 100000".')
    polarity = models.CharField(max_length=20, choices=Polarity.choices, default=Polarity.HIGHER_IS_WORSE)
    themes = models.JSONField(default=list, blank=True, help_text='Theme slugs it sits beside, e.g. ["housing"].')
    fingertips_id = models.CharField(
        max_length=20, blank=True, help_text="OHID Fingertips indicator id; matches the 'Indicator ID' column."
    )
    source = models.CharField(max_length=200, blank=True, help_text="Where the figures come from.")
    from_framework = models.BooleanField(default=False, help_text="Listed in the framework's indicator catalogue.")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class IndicatorValue(models.Model):
    """One figure of an indicator for one area and time period, as published (e.g. a Fingertips CSV row)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    area = models.ForeignKey("engage.Area", on_delete=models.CASCADE, related_name="indicator_values")
    period = models.CharField(max_length=30, help_text="As published, e.g. 2022/23.")
    period_sort = models.IntegerField(default=0, help_text="Orders periods; the latest is shown.")
    sex = models.CharField(max_length=20, blank=True)
    age = models.CharField(max_length=40, blank=True)
    value = models.FloatField(null=True, blank=True)
    lower_ci = models.FloatField(null=True, blank=True)
    upper_ci = models.FloatField(null=True, blank=True)
    count = models.FloatField(null=True, blank=True)
    denominator = models.FloatField(null=True, blank=True)
    is_synthetic = models.BooleanField(default=False, help_text="Made-up sample data, not official statistics.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["indicator", "area", "period", "sex", "age"], name="one_value_per_cut"),
        ]
        indexes = [models.Index(fields=["area", "indicator", "period_sort"])]

    def __str__(self) -> str:
        return f"{self.indicator.slug} {self.area_id} {self.period}: {self.value}"


class Deprivation(models.Model):
    """An LSOA's place in one edition of the English Indices of Deprivation (1 = most deprived 10%)."""

    area = models.ForeignKey("engage.Area", on_delete=models.CASCADE, related_name="deprivation")
    edition = models.PositiveSmallIntegerField(help_text="2019 or 2025.")
    imd_rank = models.PositiveIntegerField(null=True, blank=True)
    imd_decile = models.PositiveSmallIntegerField()
    idaci_score = models.FloatField(null=True, blank=True, help_text="Share of children in income-deprived homes.")
    idaci_decile = models.PositiveSmallIntegerField(null=True, blank=True)
    children = models.PositiveIntegerField(null=True, blank=True, help_text="Dependent children aged 0-15.")
    is_synthetic = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["area", "edition"], name="one_deprivation_per_edition")]

    def __str__(self) -> str:
        return f"IoD{self.edition} {self.area_id}: decile {self.imd_decile}"


class ThemeTally(models.Model):
    """How many young people raised a theme, per organisation, consultation, month and ICB, by one breakdown.

    A summary of responses and theme assignments, rebuilt by `refresh_theme_tallies` so that dashboards over
    millions of answers add up far fewer rows. theme "" counts everyone who answered. Breakdown rows leave `lad`
    empty; "area" rows carry it.
    """

    class Dimension(models.TextChoices):
        ALL = "all", "Everyone"
        DECILE = "decile", "Deprivation decile"
        AGE = "age", "Age band"
        PLUS = "plus", "PLUS group"
        AREA = "area", "Local authority (everyone and each theme)"

    organisation = models.ForeignKey("engage.Organisation", on_delete=models.CASCADE, related_name="+")
    consultation = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    lad = models.ForeignKey("engage.Area", null=True, on_delete=models.CASCADE, related_name="+")
    icb = models.ForeignKey("engage.Area", null=True, on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey("engage.Area", null=True, on_delete=models.CASCADE, related_name="+")
    dimension = models.CharField(max_length=10, choices=Dimension.choices)
    category = models.CharField(max_length=60, blank=True, help_text='e.g. decile "3", age "13_15"; "" = not known.')
    theme = models.CharField(max_length=60, blank=True)
    responses = models.PositiveIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["organisation", "dimension", "month"]),
            models.Index(fields=["icb", "dimension"]),
            models.Index(fields=["lad", "dimension"]),
            models.Index(fields=["consultation", "dimension"]),
        ]

    def __str__(self) -> str:
        return f"{self.dimension}={self.category} {self.theme or 'everyone'}: {self.responses}"


class TallyRefresh(models.Model):
    """When the tallies were last rebuilt, and the newest response and theme they include."""

    refreshed_at = models.DateTimeField()
    last_response_id = models.BigIntegerField(default=0)
    last_assignment_id = models.BigIntegerField(default=0)
    seconds = models.FloatField(default=0)

    def __str__(self) -> str:
        return f"Tallies refreshed {self.refreshed_at:%Y-%m-%d %H:%M}"
