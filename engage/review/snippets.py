"""The framework's themes as a Wagtail snippet that framework owners edit. Slugs never change once created, and
themes are never deleted: reviews, models and exports refer to them."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from engage.review.framework import model_labels
from engage.review.models import FrameworkTheme
from engage.review.selectors import can_review, current_model_dir


class FrameworkOwnersOnly(BasePermissionPolicy):
    """Framework owners (and superusers) may view, add and edit themes; nobody deletes one."""

    def user_has_permission(self, user, action):
        return action != "delete" and user.is_active and can_review(user)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        from engage.organisations.models import Role

        if set(actions) <= {"delete"}:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, memberships__role=Role.FRAMEWORK_OWNER).distinct()


class FrameworkThemeForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["slug"].disabled = True  # shown, never changed: a posted value is ignored
            self.fields["slug"].help_text = "Slugs never change: reviews, models and exports refer to them."

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if self.instance.pk and slug != self.instance.slug:
            raise forms.ValidationError("A theme's slug cannot be changed.")
        return slug


def in_current_model(theme: FrameworkTheme) -> str:
    labels = model_labels(current_model_dir())
    if labels is None:
        return "No model installed"
    return "Yes" if theme.slug in labels else "Not yet in the model: retrain to include it"


class FrameworkThemeViewSet(SnippetViewSet):
    model = FrameworkTheme
    icon = "tag"
    menu_label = "Framework themes"
    add_to_admin_menu = False
    list_display = ["name", "slug", "group", Column("in_model", label="In the model", accessor=in_current_model)]
    search_fields = ["name", "slug", "description"]
    edit_handler = ObjectList(
        [
            FieldPanel("slug"),
            FieldPanel("name"),
            FieldPanel("group"),
            FieldPanel("description"),
            FieldPanel("example_phrases"),
        ],
        base_form_class=FrameworkThemeForm,
    )

    def get_queryset(self, request):
        from engage.review.framework import framework_themes

        framework_themes()  # seed from nlp/framework.yaml on first visit
        return FrameworkTheme.objects.order_by("id")
