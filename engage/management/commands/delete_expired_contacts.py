from django.core.management.base import BaseCommand

from engage.responses.services import delete_expired_contact_requests


class Command(BaseCommand):
    help = "Delete email addresses young people left to hear back once their keeping time has passed."

    def handle(self, *args, **options):
        deleted = delete_expired_contact_requests()
        self.stdout.write(f"Deleted {deleted} email address{'es' if deleted != 1 else ''}.")
