"""Background work for responses: retention."""

from django_tasks import task

from engage.responses import services


@task()
def delete_expired_contact_requests() -> int:
    return services.delete_expired_contact_requests()


@task()
def send_feedback(consultation_id: int, url: str) -> int:
    from wagtail.models import Page

    consultation = Page.objects.filter(id=consultation_id).first()
    return services.send_feedback(consultation=consultation, url=url) if consultation else 0
