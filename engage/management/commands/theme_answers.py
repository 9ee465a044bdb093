from django.core.management.base import BaseCommand

from engage.themes.services import theme_missing_answers


class Command(BaseCommand):
    help = "Theme every free-text answer the model has not themed yet (the sweep); --all re-themes every answer."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="re-theme every answer with the current model")

    def handle(self, *args, **options):
        themed = theme_missing_answers(retheme=options["all"])
        self.stdout.write(f"Themed {themed} answer{'s' if themed != 1 else ''}.")
