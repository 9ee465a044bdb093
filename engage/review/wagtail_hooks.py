from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from engage.review import admin_training, admin_views
from engage.review.models import FrameworkTheme
from engage.review.selectors import can_review
from engage.review.snippets import FrameworkOwnersOnly, FrameworkThemeViewSet

register_permission_policy(FrameworkTheme, FrameworkOwnersOnly(FrameworkTheme))
register_snippet(FrameworkThemeViewSet)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("review/", admin_views.ReviewQueueView.as_view(), name="review_queue"),
        path("review/<int:answer_id>/", admin_views.SubmitReviewView.as_view(), name="review_submit"),
        path("review/disputed/", admin_views.DisputedView.as_view(), name="review_disputed"),
        path("review/disputed/<int:answer_id>/", admin_views.SettleView.as_view(), name="review_settle"),
        path("review/agreement/", admin_views.AgreementView.as_view(), name="review_agreement"),
        path("review/models/", admin_training.ModelsView.as_view(), name="review_models"),
        path("review/models/<int:version_id>/", admin_training.ModelDetailView.as_view(), name="review_model_detail"),
        path("review/corpus/", admin_training.CorpusView.as_view(), name="review_corpus"),
        path("review/retheme/", admin_training.RethemeView.as_view(), name="review_retheme"),
        path(
            "review/corpus/reviewed.jsonl", admin_training.CorpusDownloadView.as_view(), name="review_corpus_download"
        ),
    ]


class FrameworkOwnerMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review(request.user)


class ReviewSubmenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return can_review(request.user)


@hooks.register("register_admin_menu_item")
def register_review_menu():
    items = [
        FrameworkOwnerMenuItem("Review queue", reverse("review_queue"), icon_name="tick", order=10),
        FrameworkOwnerMenuItem("Disagreements", reverse("review_disputed"), icon_name="warning", order=20),
        FrameworkOwnerMenuItem("Agreement", reverse("review_agreement"), icon_name="table", order=30),
        FrameworkOwnerMenuItem("Models", reverse("review_models"), icon_name="cogs", order=40),
        FrameworkOwnerMenuItem("Training data", reverse("review_corpus"), icon_name="download", order=50),
        FrameworkOwnerMenuItem("Re-theme answers", reverse("review_retheme"), icon_name="repeat", order=55),
        FrameworkOwnerMenuItem(
            "Framework themes", reverse("wagtailsnippets_review_frameworktheme:list"), icon_name="tag", order=60
        ),
    ]
    return ReviewSubmenuItem("Theme review", Menu(items=items), icon_name="tick", order=260)
