"""Settings shared by every environment. dev.py, test.py and production.py refine them."""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("YOUTH_VOICE_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "cms",
    "engage",
    "engage.safeguarding",
    "engage.review",
    "engage.indicators",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.csp.SiteCSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "engage.organisations.mfa.RequireMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cms.context_processors.help_links",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL (e.g. postgres://localhost:5432/test) selects another.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'youth_voice.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several requests at once (the threaded dev server, the browser tests' live server): take the write lock when a
    # transaction starts and wait for it, rather than fail with "database is locked" half way through.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# The page editor of a long consultation posts many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A young person's whole response is small; anything bigger is not a response (uploads go through imports).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Sessions expire: staff are signed out after two hours of inactivity or when the browser closes.
SESSION_COOKIE_AGE = 2 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "cms.errors.csrf_failure"  # a plain page with the help links, in the site's layout

# No inline script or style on public pages; cms/csp.py adds only what Wagtail's admin needs under /admin/.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Background work (theming, checks, retraining, retention) goes through django-tasks. Development and tests run
# tasks immediately; production queues them in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Staff sign in with django-allauth; there is no public sign-up.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/admin/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
ACCOUNT_ADAPTER = "engage.organisations.accounts.StaffAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_RATE_LIMITS = {"login_failed": "5/5m/ip,5/5m/key", "login": "30/m/ip"}
ACCOUNT_SESSION_REMEMBER = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "youth-voice@localhost")

WAGTAIL_SITE_NAME = "Youth Voice"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home: many NHS networks have no internet
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # and no staff email hashes sent to a third party for avatars

# Youth Voice's own settings.
YOUTH_VOICE = {
    # Counts of young people under this are shown as "fewer than N" (small-number suppression).
    "SUPPRESSION_THRESHOLD": int(os.environ.get("SUPPRESSION_THRESHOLD", "10")),
    # Email addresses left to hear back are deleted after this many days if no feedback was sent first.
    "CONTACT_RETENTION_DAYS": int(os.environ.get("CONTACT_RETENTION_DAYS", "180")),
    # The longest free-text answer we keep, in characters, and the largest whole response.
    "MAX_TEXT_LENGTH": 5000,
    "MAX_RESPONSE_CHARS": 50_000,
    # Safeguarding leads and administrators must use two-factor authentication (off only in dev settings).
    "MFA_REQUIRED": True,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"engage": {"level": "INFO"}},
}
