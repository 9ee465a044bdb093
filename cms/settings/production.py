"""Production: PostgreSQL, Redis cache, database task queue with db_worker, and every security header.

Refuses to start without SECRET_KEY and ALLOWED_HOSTS in the environment.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Set the {name} environment variable: production settings will not start without it."
        )
    return value


DEBUG = False
SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS if h != "*"]

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
    }
}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Rate limits key on the client's address. Behind a proxy, name the header that carries it
# (e.g. HTTP_X_FORWARDED_FOR with a proxy you trust), or every young person counts as the proxy.
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY", "REMOTE_ADDR")

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"

LOGGING["root"]["level"] = "INFO"  # noqa: F405

YOUTH_VOICE = {  # noqa: F405
    **YOUTH_VOICE,  # noqa: F405
    # Rebuild the indicator tallies at most every 10 minutes while answers keep arriving.
    "TALLY_REFRESH_MIN_SECONDS": int(os.environ.get("TALLY_REFRESH_MIN_SECONDS", "600")),
    # An alert nobody has acknowledged after this long goes to the organisation's administrators.
    "ALERT_ESCALATE_AFTER_MINUTES": int(os.environ.get("ALERT_ESCALATE_AFTER_MINUTES", "60")),
}
