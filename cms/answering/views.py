"""The pages a young person answers on. ConsultationPage routes its sub-URLs here; each view parses, calls one
service and renders."""

import logging

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from cms.answering.fields import error_summary
from cms.answering.journey import Journey, is_idempotency_key, new_idempotency_key
from cms.answering.limits import over_limit, too_many_requests
from cms.forms import ConsentForm, ContactForm
from engage.areas.models import Area
from engage.responses.models import Channel
from engage.responses.receipts import response_sent_with_key, response_with_receipt_code
from engage.responses.services import AboutYou, request_feedback_contact, submit_response
from engage.safeguarding.services import needs_help_page

logger = logging.getLogger(__name__)

HONEYPOT = "website"  # hidden from people; only bots fill it in


def start(request, page):
    """The consultation's own page: what it is about, what happens with the answers, and agreeing to take part."""
    journey = Journey(request, page)
    if not page.is_open:
        if request.method == "POST":
            return _closed(request, page)
        not_open_yet = page.opens_on > timezone.localdate()
        return _render(request, page, "cms/consultation_page.html", {"not_open_yet": not_open_yet})
    key = journey.key if journey.started else new_idempotency_key()
    if request.method == "POST":
        if over_limit(request, "start"):
            return too_many_requests(request)
        form = ConsentForm(request.POST)
        posted_key = request.POST.get("idempotency_key", "")
        if form.is_valid():
            journey.start(posted_key if _usable_key(journey, page, posted_key) else key)
            return redirect(_next_url(page, journey))
    else:
        form = ConsentForm()
    fields = form.views()
    return _render(
        request,
        page,
        "cms/consultation_page.html",
        {
            "fields": fields,
            "errors": error_summary(fields),
            "idempotency_key": key,
            "carry_on_url": _next_url(page, journey) if journey.started else "",
        },
    )


def step(request, page, number: int):
    journey = Journey(request, page)
    current = journey.step_numbered(number)
    if current is None:
        raise Http404("No such step")
    if not page.is_open:
        return _closed(request, page)
    if not journey.started:
        return redirect(page.get_url(request))
    if current not in journey.visible_steps():
        # An earlier answer means this step is not for them (any more): go on to the next one that is.
        return redirect(_url_after(page, journey, current))
    if request.method == "POST":
        form = journey.form_for(current, request.POST)
        if request.POST.get("action") == "back":
            journey.save_step(current, form, request.POST, done=False)
            return redirect(_url_before(page, journey, current))
        if form.is_valid():
            journey.save_step(current, form, request.POST, done=True)
            return redirect(_url_after(page, journey, current))
    else:
        form = journey.form_for(current)
    fields = form.views()
    visible = journey.visible_steps()
    return _render(
        request,
        page,
        "cms/answering/step.html",
        {
            "step": current,
            "position": visible.index(current) + 1,
            "count": len(visible),
            "fields": fields,
            "errors": error_summary(fields),
            "idempotency_key": journey.key,
        },
    )


def about_you(request, page):
    """Optional questions about the young person, then sending everything, exactly once."""
    journey = Journey(request, page)
    areas = forum_areas(page)
    posted = request.method == "POST"
    sending = posted and request.POST.get("action") != "back"
    if sending and over_limit(request, "submit"):
        if journey.started:
            journey.save_about(journey.about_form(request.POST, areas=areas), request.POST)
        return too_many_requests(request, kept_answers=journey.started)
    if not page.is_open:
        return _closed(request, page)
    if posted and _already_sent(journey, page, request.POST.get("idempotency_key", "")):
        return redirect(_route(page, "thanks"))
    if not journey.started:
        return redirect(page.get_url(request))
    unfinished = journey.first_unfinished_step()
    if unfinished is not None:
        return redirect(_route(page, "answer_step", journey.number_of(unfinished)))
    if not posted:
        return _about_you_page(request, page, journey, journey.about_form(areas=areas))

    form = journey.about_form(request.POST, areas=areas)
    journey.save_about(form, request.POST)
    if not sending:
        return redirect(_url_before(page, journey, None))
    if request.POST.get(HONEYPOT):
        journey.finish(journey.key, "")
        return _render(request, page, "cms/answering/thanks.html", {"receipt_code": ""})
    if not form.is_valid():
        return _about_you_page(request, page, journey, form)
    return _send(request, page, journey, form)


def _send(request, page, journey: Journey, form):
    try:
        response, _ = submit_response(
            consultation=page,
            organisation=page.forum.organisation,
            answers=journey.answers(),
            idempotency_key=journey.key,
            about=_about(form),
            channel=Channel.ONLINE,
            consent_given=True,
        )
    except ValidationError as error:
        problem = f"We could not send your answers: {' '.join(error.messages)}"
    except DatabaseError:
        logger.exception("Storing a response failed")
        problem = (
            "Something went wrong on our side and your answers were not sent. They are still here: "
            "please press Send my answers again in a minute."
        )
    else:
        journey.finish(journey.key, response.receipt_code)
        return redirect(_route(page, "thanks"))
    return _about_you_page(request, page, journey, form, problems=[problem])


def _about_you_page(request, page, journey: Journey, form, problems=()):
    fields = form.views()
    return _render(
        request,
        page,
        "cms/answering/about_you.html",
        {"fields": fields, "errors": error_summary(fields, problems), "idempotency_key": journey.key},
    )


def thanks(request, page):
    """The receipt code, what they sent, and (if they want) an email address to hear what happened."""
    journey = Journey(request, page)
    code = journey.receipt_code
    if not code:
        return redirect(page.get_url(request))
    if request.method == "POST":
        if over_limit(request, "contact"):
            return too_many_requests(request)
        form = ContactForm(request.POST)
        if request.POST.get(HONEYPOT):
            return redirect(_route(page, "thanks") + "#contact")
        if form.is_valid():
            request_feedback_contact(consultation=page, email=form.cleaned_data["email"])
            journey.note_contact_left()
            return redirect(_route(page, "thanks") + "#contact")
    else:
        form = ContactForm()
    response = response_with_receipt_code(code)
    answers = list(response.answers.all()) if response else []
    fields = form.views()
    return _render(
        request,
        page,
        "cms/answering/thanks.html",
        {
            "receipt_code": code,
            "response": response,
            "answers": answers,
            "get_help_now": needs_help_page([answer.text for answer in answers]),
            "fields": fields,
            "errors": error_summary(fields),
            "contact_left": journey.contact_left,
            "receipt_url": reverse("receipt"),
        },
    )


def forum_areas(page) -> list[Area]:
    """Places a young person knows by name that the forum serves (not statistical areas such as LSOAs)."""
    forum = page.forum
    area = getattr(forum, "area", None)
    if area is None:
        return []
    return list(area.children.exclude(kind=Area.Kind.LSOA).order_by("name"))


def _about(form) -> AboutYou:
    data = form.cleaned_data
    area = data.get("area")
    return AboutYou(
        age_band=data["age_band"],
        postcode_district=data.get("postcode", ""),
        area_id=int(area) if area else None,
        gender=data["gender"],
        ethnicity=data["ethnicity"],
        plus_groups=data["plus_groups"],
    )


def _usable_key(journey: Journey, page, posted_key: str) -> bool:
    """A key from an old, already-sent form must not start new answers: they would be taken for a retry."""
    if not is_idempotency_key(posted_key):
        return False
    if journey.receipt_code and journey.key == posted_key:
        return False
    return response_sent_with_key(consultation=page, idempotency_key=posted_key) is None


def _already_sent(journey: Journey, page, posted_key: str) -> bool:
    """A retried or double-clicked send: the response is already stored, so show the same thank-you page."""
    if not posted_key:
        return False
    if journey.receipt_code and journey.key == posted_key:
        return True
    response = response_sent_with_key(consultation=page, idempotency_key=posted_key)
    if response is None:
        return False
    journey.finish(posted_key, response.receipt_code)
    return True


def _route(page, name: str, *args) -> str:
    return page.url + page.reverse_subpage(name, args=args)


def _next_url(page, journey: Journey) -> str:
    unfinished = journey.first_unfinished_step()
    if unfinished is None:
        return _route(page, "about_you")
    return _route(page, "answer_step", journey.number_of(unfinished))


def _url_after(page, journey: Journey, current) -> str:
    following = journey.step_after(current)
    if following is None:
        return _route(page, "about_you")
    return _route(page, "answer_step", journey.number_of(following))


def _url_before(page, journey: Journey, current) -> str:
    previous = journey.step_before(current)
    if previous is None:
        return page.url
    return _route(page, "answer_step", journey.number_of(previous))


def _closed(request, page):
    status = 403 if request.method == "POST" else 200
    not_open_yet = page.opens_on > timezone.localdate()
    return _render(request, page, "cms/answering/closed.html", {"not_open_yet": not_open_yet}, status=status)


def _render(request, page, template: str, context: dict | None = None, status: int = 200):
    full = page.get_context(request)
    full.update(context or {})
    return TemplateResponse(request, template, full, status=status)
