from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "engage.safeguarding"
    label = "safeguarding"
    verbose_name = "Safeguarding"
    default_auto_field = "django.db.models.BigAutoField"
