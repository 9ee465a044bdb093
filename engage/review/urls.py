"""The youth reviewer's page, included by cms/public_urls.py at /youth-review/."""

from django.urls import path

from engage.review import views

urlpatterns = [path("", views.youth_review, name="youth_review")]
