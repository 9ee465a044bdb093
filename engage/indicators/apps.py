from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "engage.indicators"
    label = "indicators"
    verbose_name = "Indicators"
    default_auto_field = "django.db.models.BigAutoField"
