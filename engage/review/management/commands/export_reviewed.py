import sys

from django.core.management.base import BaseCommand

from engage.responses.models import Answer
from engage.review.corpus import export_lines


class Command(BaseCommand):
    help = "Write every reviewed answer (redacted text and final themes) as JSON Lines for `python -m nlp train`."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")

    def handle(self, *args, output=None, **options):
        out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
        count = 0
        try:
            for line in export_lines(Answer.objects.all()):
                out.write(line)
                count += 1
        finally:
            if output:
                out.close()
        self.stderr.write(f"{count} reviewed answers written.")
