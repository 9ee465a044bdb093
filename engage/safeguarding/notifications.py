"""Emails about alerts. They hold no personal data and no answer text: only a link to the alert in the admin."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from engage.organisations.models import Role
from engage.safeguarding.models import SafeguardingAlert
from engage.safeguarding.selectors import staff_with_role

logger = logging.getLogger(__name__)


def alert_url(alert: SafeguardingAlert) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("safeguarding_alert", args=[alert.pk])


def _send(alert: SafeguardingAlert, recipients: list[str], template: str, subject: str) -> int:
    """One message per person, so nobody learns who else was told."""
    body = render_to_string(template, {"alert": alert, "url": alert_url(alert), "organisation": alert.organisation})
    messages = [EmailMessage(subject=subject, body=body, to=[address]) for address in recipients]
    return get_connection().send_messages(messages) or 0


def notify_safeguarding_leads(*, alert_id: int) -> int:
    """Email the organisation's safeguarding leads about a new alert, at once. Returns how many were emailed.

    With no lead to email, the organisation's administrators are told instead. `notified_at` is set only once
    someone has been emailed, so `resend_unsent_alert_emails` retries after a mail failure.
    """
    alert = SafeguardingAlert.objects.select_related("organisation", "response").get(pk=alert_id)
    if alert.notified_at is not None:
        return 0
    if alert.response.is_synthetic:  # demo data: the alert shows in the queue, nobody's inbox fills with it
        SafeguardingAlert.objects.filter(pk=alert.pk).update(notified_at=timezone.now())
        return 0
    recipients = [u.email for u in staff_with_role(alert.organisation, Role.SAFEGUARDING_LEAD)]
    if not recipients:
        logger.error("Organisation %s has no safeguarding lead to email; telling administrators", alert.organisation)
        recipients = [u.email for u in staff_with_role(alert.organisation, Role.ADMINISTRATOR)]
    if not recipients:
        logger.error("Alert %s: organisation %s has nobody to email about it", alert.pk, alert.organisation)
        return 0
    sent = _send(alert, recipients, "safeguarding/email/new_alert.txt", "Youth Voice: a safeguarding alert needs you")
    SafeguardingAlert.objects.filter(pk=alert.pk, notified_at__isnull=True).update(notified_at=timezone.now())
    return sent


def notify_administrators(*, alert_id: int) -> int:
    """Email the organisation's administrators that an alert is still new. Returns how many were emailed."""
    alert = SafeguardingAlert.objects.select_related("organisation", "response").get(pk=alert_id)
    if alert.response.is_synthetic:
        return 0
    recipients = [u.email for u in staff_with_role(alert.organisation, Role.ADMINISTRATOR)]
    if not recipients:
        logger.error("Alert %s is overdue; %s has no administrator to email", alert.pk, alert.organisation)
        return 0
    return _send(
        alert, recipients, "safeguarding/email/escalated_alert.txt", "Youth Voice: a safeguarding alert is waiting"
    )


def after_commit(function, **kwargs) -> None:
    """Send once the alert is safely stored; a mail failure is logged and never undoes the check."""
    transaction.on_commit(lambda: function(**kwargs), robust=True)
