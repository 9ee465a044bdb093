from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from engage.organisations.selectors import STAFF_ROLES_SEEING_RESPONSES, organisations_for
from engage.responses.admin_views import ConsultationResponsesIndexView, ConsultationResponsesView
from engage.responses.staff_views import ExportView, ImportView, SessionEntryView, SessionsView


@hooks.register("register_admin_urls")
def register_response_urls():
    return [
        path("responses/", ConsultationResponsesIndexView.as_view(), name="engage_responses"),
        path("responses/<int:consultation_id>/", ConsultationResponsesView.as_view(), name="engage_responses_detail"),
        path(
            "responses/<int:consultation_id>/export.<str:file_format>",
            ExportView.as_view(),
            name="engage_responses_export",
        ),
        path("responses/<int:consultation_id>/import/", ImportView.as_view(), name="engage_responses_import"),
        path("responses/<int:consultation_id>/sessions/", SessionsView.as_view(), name="engage_sessions"),
        path(
            "responses/<int:consultation_id>/sessions/<int:session_id>/",
            SessionEntryView.as_view(),
            name="engage_session_entry",
        ),
    ]


class ResponsesMenuItem(MenuItem):
    def is_shown(self, request):
        return organisations_for(request.user, roles=STAFF_ROLES_SEEING_RESPONSES).exists()


@hooks.register("register_admin_menu_item")
def register_responses_menu_item():
    return ResponsesMenuItem("Responses", reverse("engage_responses"), icon_name="form", order=250)
