from django.core.management.base import BaseCommand

from engage.indicators.services import load_indicator_samples


class Command(BaseCommand):
    help = "Load the shipped synthetic samples (area lookup, deprivation, Fingertips) for the demo areas. Idempotent."

    def handle(self, *args, **options):
        for name, result in load_indicator_samples().items():
            self.stdout.write(f"{name}: {result.summary()}")
