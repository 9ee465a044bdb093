from django.apps import AppConfig


class EngageConfig(AppConfig):
    name = "engage"
    verbose_name = "Engagement"
    default_auto_field = "django.db.models.BigAutoField"
