"""Development: DEBUG on, tasks run at once, emails to the console, demo accounts allowed."""

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105  # nosec B105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# Tests and demo accounts sign in without clicking an emailed link.
ACCOUNT_EMAIL_VERIFICATION = "optional"
# The demo's safeguarding lead and administrator can sign in without an authenticator app; production
# requires one (see engage/organisations/mfa.py, and tests/cms/test_mfa.py, which switches it on).
YOUTH_VOICE = {**YOUTH_VOICE, "MFA_REQUIRED": False}  # noqa: F405
# Demo passwords exist only here: load_demo refuses to create accounts without this.
YOUTH_VOICE_DEMO_PASSWORD = "youth-voice-demo"  # noqa: S105  # nosec B105

VAR_DIR.mkdir(parents=True, exist_ok=True)
