from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from engage.safeguarding.admin_views import AlertDetailView, AlertIndexView, OriginalTextView
from engage.safeguarding.models import AlertState
from engage.safeguarding.selectors import alerts_for, organisations_handling_alerts


@hooks.register("register_admin_urls")
def register_safeguarding_urls():
    return [
        path("safeguarding/alerts/", AlertIndexView.as_view(), name="safeguarding_alerts"),
        path("safeguarding/alerts/<int:alert_id>/", AlertDetailView.as_view(), name="safeguarding_alert"),
        path(
            "safeguarding/answers/<int:answer_id>/original/", OriginalTextView.as_view(), name="safeguarding_original"
        ),
    ]


class SafeguardingMenuItem(MenuItem):
    def is_shown(self, request):
        return organisations_handling_alerts(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_safeguarding_menu_item():
    return SafeguardingMenuItem("Safeguarding", reverse("safeguarding_alerts"), icon_name="warning", order=240)


class OpenAlertsPanel(Component):
    """On the admin dashboard of leads and administrators: how many alerts wait, and the oldest new one."""

    name = "safeguarding_alerts"
    template_name = "safeguarding/home_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        alerts = alerts_for(parent_context["request"].user)
        return {
            "new": alerts.filter(state=AlertState.NEW).count(),
            "acknowledged": alerts.filter(state=AlertState.ACKNOWLEDGED).count(),
            "oldest_new": alerts.filter(state=AlertState.NEW).first(),
        }


@hooks.register("construct_homepage_panels")
def add_open_alerts_panel(request, panels):
    if organisations_handling_alerts(request.user).exists():
        panels.insert(0, OpenAlertsPanel())
