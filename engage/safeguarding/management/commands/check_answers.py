from django.core.management.base import BaseCommand, CommandError

from engage.safeguarding.services import check_unchecked_answers


class Command(BaseCommand):
    help = (
        "Redact and safeguarding-check every answer without a complete check (the sweep). Run it every few minutes "
        "from cron or a systemd timer; it exits non-zero if any answer could not be checked."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=200)

    def handle(self, *args, batch_size, **options):
        outcome = check_unchecked_answers(batch_size=batch_size)
        self.stdout.write(f"Checked {outcome['checked']} answer(s).")
        if outcome["failed"] or outcome["stuck"]:
            raise CommandError(
                f"{len(outcome['failed'])} answer(s) failed this time and {len(outcome['stuck'])} have failed "
                "repeatedly; see the log. They stay unchecked until a sweep succeeds."
            )
