from django.conf import settings
from django.core.management.base import BaseCommand

from cms.demo.builder import load_demo


class Command(BaseCommand):
    help = "Load the synthetic demo site: pages, areas, responses and (in development) demo staff accounts."

    def add_arguments(self, parser):
        parser.add_argument("--responses", type=int, default=300, help="How many synthetic responses to have.")

    def handle(self, *args, **options):
        result = load_demo(responses=options["responses"])
        consultation = result["consultation"]
        self.stdout.write(
            f"Demo site ready: {result['responses_added']} synthetic responses added to '{consultation.title}'."
        )
        if result["accounts"]:
            password = settings.YOUTH_VOICE_DEMO_PASSWORD
            self.stdout.write(
                "Demo staff accounts (development only) – sign in at http://127.0.0.1:8000/accounts/login/"
            )
            for email, role in result["accounts"]:
                self.stdout.write(f"  {role:<20} {email:<34} password: {password}")
        else:
            self.stdout.write("No demo accounts: these settings have no demo password (as in production).")
