from django.core.management.base import BaseCommand

from engage.safeguarding.services import escalate_overdue_alerts


class Command(BaseCommand):
    help = (
        "Email the administrators about safeguarding alerts still new after ALERT_ESCALATE_AFTER_MINUTES, and resend "
        "lead emails that failed. Idempotent: run it every few minutes from cron or a systemd timer."
    )

    def handle(self, *args, **options):
        escalated = escalate_overdue_alerts()
        self.stdout.write(f"Escalated {escalated} alert(s).")
