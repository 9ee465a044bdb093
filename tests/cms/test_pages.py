from datetime import timedelta

import pytest
from django.utils import timezone

from cms.models import ConsultationPage


@pytest.fixture
def site(consultation):
    return consultation


def test_home_page_lists_the_open_consultation(client, site):
    response = client.get("/")
    assert response.status_code == 200
    assert site.title in response.content.decode()


def test_every_public_page_links_to_help_and_has_a_quick_exit(client, site):
    for url in ["/", site.get_parent().url, site.url]:
        html = client.get(url).content.decode()
        assert "Childline" in html and "Shout" in html and "NHS 111" in html, url
        assert 'class="quick-exit"' in html, url


def test_a_closed_consultation_says_so(client, site):
    ConsultationPage.objects.filter(pk=site.pk).update(closes_on=timezone.localdate() - timedelta(days=1))
    html = client.get(site.url).content.decode()
    assert "is not taking answers" in html


def test_you_said_we_did_shows_actions_with_status(client, site):
    page = site.get_children().live().get().specific
    html = client.get(page.url).content.decode()
    assert "The council is reopening the Youth Hub" in html
    assert "In progress" in html and "Done" in html


def test_unknown_page_gets_a_plain_404(client, site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We can't find that page" in response.content.decode()


def test_user_text_in_a_page_is_escaped(client, site):
    site.audience = "<script>alert(1)</script>"
    site.save_revision().publish()
    html = client.get(site.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_a_bad_request_gets_a_plain_400_page_not_a_traceback(client, site):
    response = client.get("/", HTTP_HOST="not-our-site.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Something was wrong with that request" in html and "Traceback" not in html
