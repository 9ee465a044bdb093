from django.db import transaction
from wagtail import hooks

from cms.models import YouSaidWeDidPage


@hooks.register("after_publish_page")
def tell_young_people_what_happened(request, page):
    """Publishing a "you said, we did" page emails the young people who asked to hear back (in the background)."""
    from engage.responses.tasks import send_feedback

    if isinstance(page.specific, YouSaidWeDidPage):
        consultation_id, url = page.get_parent().id, page.full_url
        transaction.on_commit(lambda: send_feedback.enqueue(consultation_id, url))
