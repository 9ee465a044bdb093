"""Admin wiring: the staff dashboard and its downloads, its menu item, and the indicator catalogue as a snippet."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from engage.indicators.models import Indicator
from engage.indicators.views import IndicatorDashboardView
from engage.organisations.selectors import organisations_for


@hooks.register("register_admin_urls")
def register_indicator_urls():
    return [
        path("indicators/", IndicatorDashboardView.as_view(), name="indicators_dashboard"),
        path("indicators/download.<str:fmt>", IndicatorDashboardView.as_view(), name="indicators_dashboard_download"),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return organisations_for(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem("What young people told us", reverse("indicators_dashboard"), icon_name="table", order=260)


class IndicatorViewSet(SnippetViewSet):
    """The catalogue: the framework's indicators, and any staff add (e.g. a trust's own counts per LSOA)."""

    model = Indicator
    icon = "table"
    menu_label = "Indicators"
    add_to_admin_menu = False
    list_display = ["name", "slug", "unit", "polarity", "fingertips_id", "from_framework"]
    search_fields = ["name", "slug"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("unit"),
        FieldPanel("polarity"),
        FieldPanel("themes"),
        FieldPanel("fingertips_id"),
        FieldPanel("source"),
    ]


register_snippet(IndicatorViewSet)
