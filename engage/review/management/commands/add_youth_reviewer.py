from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from engage.review.services import add_youth_reviewer


class Command(BaseCommand):
    help = "Let a youth forum member check the model's themes on their forum's answers at /youth-review/."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--forum", type=int, required=True, help="the youth forum page's id")

    def handle(self, *args, email, forum, **options):
        page = Page.objects.filter(id=forum).first()
        if page is None:
            raise CommandError(f"No page with id {forum}.")
        user = add_youth_reviewer(email=email, forum=page)
        self.stdout.write(
            f"{user.email} can now review at /youth-review/ (they set a password with 'Forgot password')."
        )
