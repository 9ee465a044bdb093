from django.core.management.base import BaseCommand

from engage.review.framework import load_framework


class Command(BaseCommand):
    help = "Add the themes of nlp/framework.yaml that are not in the database yet (idempotent; edits are kept)."

    def handle(self, *args, **options):
        self.stdout.write(f"{load_framework()} themes added.")
