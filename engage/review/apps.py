from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "engage.review"
    label = "review"
    verbose_name = "Theme review"
    default_auto_field = "django.db.models.BigAutoField"
