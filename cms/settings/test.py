"""Tests: development settings with fast hashing and no shared state between runs."""

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not SQLite's shared in-memory database: that one locks whole tables and never waits, so two requests
    # to the browser tests' live server at once (a page and its session save) could fail with "table is locked".
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test_youth_voice.sqlite3")}  # noqa: F405
