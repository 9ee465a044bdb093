from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from engage.review.corpus import decode_upload, import_lines


class Command(BaseCommand):
    help = "Import labelled answers from JSON Lines ({text, themes, question?}); nothing is imported if a line is bad."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            lines = decode_upload(Path(path).read_bytes())
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from None
        result = import_lines(lines, source_name=Path(path).name)
        if not result.ok:
            for number, problem in result.errors:
                self.stderr.write(f"line {number}: {problem}")
            raise CommandError(f"nothing imported: {len(result.errors)} bad line(s)")
        self.stdout.write(f"{result.added} labelled answers imported.")
