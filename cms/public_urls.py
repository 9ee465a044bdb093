"""Public URLs that are not Wagtail pages: coming back with a receipt code, and youth reviewers checking themes."""

from django.urls import include, path

from cms.answering import receipts

urlpatterns = [
    path("receipt/", receipts.lookup, name="receipt"),
    path("receipt/status/", receipts.status, name="receipt_status"),
    path("receipt/withdraw/", receipts.withdraw, name="receipt_withdraw"),
    path("youth-review/", include("engage.review.urls")),
]
