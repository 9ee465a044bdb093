"""Wagtail admin views where youth workers record in-person sessions and import and export responses."""

import dataclasses
import re
import uuid

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.generic import TemplateView
from django_ratelimit.core import is_ratelimited
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from engage.organisations.models import Role
from engage.organisations.selectors import organisations_for
from engage.responses.exports import export_responses
from engage.responses.imports import import_responses
from engage.responses.models import Channel, Session
from engage.responses.selectors import responses_for
from engage.responses.services import AboutYou, record_session, submit_response
from engage.spreadsheets import MAX_UPLOAD_BYTES

HANDLING_ROLES = [Role.YOUTH_WORKER, Role.ADMINISTRATOR]


def _questions(consultation):
    from cms.questions import steps_of

    return [q for step in steps_of(consultation) for q in step.questions]


class ConsultationStaffMixin(WagtailAdminTemplateMixin):
    """Finds the consultation and lets in only youth workers and administrators of the forum's organisation."""

    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        self.consultation = get_object_or_404(Page, pk=kwargs["consultation_id"]).specific
        forum = self.consultation.get_parent().specific
        self.organisation = getattr(forum, "organisation", None)
        allowed = organisations_for(request.user, roles=HANDLING_ROLES)
        if self.organisation is None or not allowed.filter(id=self.organisation.id).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Dashboard"},
            {"url": reverse("engage_responses"), "label": "Responses"},
            {"url": reverse("engage_responses_detail", args=[self.consultation.id]), "label": self.consultation.title},
            {"url": "", "label": self.get_page_title()},
        ]


class ExportView(ConsultationStaffMixin, TemplateView):
    template_name = "engage/too_many.html"

    def get(self, request, *args, **kwargs):
        if is_ratelimited(request, group="responses-export", key="user", rate="20/h", increment=True):
            response = self.render_to_response(self.get_context_data())
            response.status_code = 429
            return response
        file_format = "xlsx" if kwargs["file_format"] == "xlsx" else "csv"
        from engage.safeguarding.selectors import staff_text

        data, content_type = export_responses(
            responses_for(request.user, consultation=self.consultation),
            _questions(self.consultation),
            file_format=file_format,
            text_of=staff_text,
        )
        response = HttpResponse(data, content_type=content_type)
        filename = f"{slugify(self.consultation.title)}-responses-{timezone.localdate():%Y-%m-%d}.{file_format}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_page_title(self):
        return "Too many downloads"


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Spreadsheet (.csv or .xlsx)",
        help_text="Use the columns of a download of this consultation's responses. One young person per row.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(f"The file is too big: the largest we take is {MAX_UPLOAD_BYTES // 1024} KB.")
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError("Upload a .csv or .xlsx file.")
        return upload


class ImportView(ConsultationStaffMixin, TemplateView):
    template_name = "engage/responses_import.html"

    def get_page_title(self):
        return f"Import responses to {self.consultation.title}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ImportForm())
        context["consultation"] = self.consultation
        return context

    def post(self, request, *args, **kwargs):
        if is_ratelimited(request, group="responses-import", key="user", rate="30/h", increment=True):
            return self.render_to_response(self.get_context_data(form=ImportForm(), limited=True), status=429)
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        upload = form.cleaned_data["file"]
        report = import_responses(
            consultation=self.consultation,
            organisation=self.organisation,
            questions=_questions(self.consultation),
            data=upload.read(),
            filename=upload.name,
        )
        return self.render_to_response(self.get_context_data(form=ImportForm(), report=report))


class SessionForm(forms.ModelForm):
    class Meta:
        model = Session
        fields = ["held_on", "place", "notes"]
        widgets = {"held_on": forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})}


class SessionsView(ConsultationStaffMixin, TemplateView):
    template_name = "engage/sessions.html"

    def get_page_title(self):
        return f"In-person sessions for {self.consultation.title}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", SessionForm(initial={"held_on": timezone.localdate()}))
        context["sessions"] = Session.objects.filter(consultation=self.consultation).annotate(
            recorded=Count("responses")
        )
        context["consultation"] = self.consultation
        return context

    def post(self, request, *args, **kwargs):
        form = SessionForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        session = record_session(
            consultation=self.consultation,
            organisation=self.organisation,
            facilitator=request.user,
            **form.cleaned_data,
        )
        return redirect("engage_session_entry", consultation_id=self.consultation.id, session_id=session.id)


class SessionEntryView(ConsultationStaffMixin, TemplateView):
    """Write down one young person's answers at a time; every question is optional here."""

    template_name = "engage/session_entry.html"

    def dispatch(self, request, *args, **kwargs):
        self.session_id = kwargs["session_id"]
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Record answers: {self.session}"

    @property
    def session(self) -> Session:
        return get_object_or_404(Session, pk=self.session_id, consultation_id=self.consultation.id)

    def _form(self, data=None):
        from cms.answering.step_form import StepForm
        from cms.questions import Step

        questions = [dataclasses.replace(q, required=False) for q in _questions(self.consultation)]
        step = Step(block_id="session", title="", intro="", questions=questions)
        return StepForm(data, step=step)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.session
        context.update(
            session=session,
            recorded=session.responses.count(),
            age_bands=_age_band_choices(),
            idempotency_key=uuid.uuid4().hex,
            saved=self.request.GET.get("saved") == "1",
        )
        context.setdefault("form", self._form())
        return context

    def post(self, request, *args, **kwargs):
        form = self._form(request.POST)
        age_band = request.POST.get("age_band", "")
        if age_band not in dict(_age_band_choices()):
            age_band = ""
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        answers = form.answers()
        if not answers:
            form.add_error(None, "Nothing was written down: answer at least one question, or go back.")
            return self.render_to_response(self.get_context_data(form=form), status=400)
        # The key was made when the form was shown, so a double-clicked save stores one response.
        key = request.POST.get("idempotency_key", "")
        if not re.fullmatch(r"[0-9a-f]{32}", key):
            key = uuid.uuid4().hex
        submit_response(
            consultation=self.consultation,
            organisation=self.organisation,
            answers=answers,
            about=AboutYou(age_band=age_band),
            idempotency_key=f"session-{key}",
            channel=Channel.IN_PERSON,
            session=self.session,
        )
        return redirect(request.path + "?saved=1")


def _age_band_choices():
    from engage.responses.models import AgeBand

    return [("", "Not given"), *AgeBand.choices]
