from django.core.management.base import BaseCommand

from engage.indicators.services import refresh_theme_tallies, sync_indicator_catalogue


class Command(BaseCommand):
    help = "Rebuild the theme tallies the indicator pages and dashboard read (and sync the indicator catalogue)."

    def handle(self, *args, **options):
        sync_indicator_catalogue()
        rows = refresh_theme_tallies()
        self.stdout.write(self.style.SUCCESS(f"{rows} tally rows written"))
