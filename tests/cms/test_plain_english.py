"""The public pages' own words read at a reading age of 11 or below (Flesch-Kincaid grade 6 + 5 years).

Measured with the `readability` package on the text of <main>, one sentence per line, without what young people
or staff typed into the demo (answers, page titles) since that is not ours to simplify.
"""

import re

import pytest
import readability
from bs4 import BeautifulSoup

from tests.cms.test_answering import answer_everything, send

MAX_READING_AGE = 11


def reading_age(html: str) -> float:
    main = BeautifulSoup(html, "html.parser").find("main")
    for hidden in main.select("script, style, .visually-hidden, .honeypot, input, select, textarea"):
        hidden.decompose()
    text = " ".join(main.get_text(" ").split())
    sentences = "\n".join(s for s in re.split(r"(?<=[.!?:])\s+", text) if len(s.split()) > 2)
    grade = readability.getmeasures(sentences, lang="en")["readability grades"]["Kincaid"]
    return grade + 5


def _pages(client, consultation):
    forum = consultation.get_parent()
    you_said = consultation.get_children().live().first()
    yield "home", client.get("/").content.decode()
    yield "forum", client.get(forum.url).content.decode()
    yield "consultation", client.get(consultation.url).content.decode()
    key = answer_everything(client, consultation)
    yield "about you", client.get(consultation.url + "about-you/").content.decode()
    send(client, consultation, key)
    yield "thank you", client.get(consultation.url + "thanks/").content.decode()
    yield "receipt", client.get("/receipt/").content.decode()
    yield "you said, we did", client.get(you_said.url).content.decode()


def test_public_pages_read_at_age_11_or_below(client, consultation):
    ages = {name: round(reading_age(html), 1) for name, html in _pages(client, consultation)}
    too_hard = {name: age for name, age in ages.items() if age > MAX_READING_AGE}
    assert not too_hard, f"reading ages over {MAX_READING_AGE}: {too_hard} (all: {ages})"


@pytest.mark.parametrize(
    ("text", "hard"),
    [
        ("We read every answer. Then we tell you what we did.", False),
        (
            "Notwithstanding the aforementioned considerations, organisational accountability necessitates "
            "comprehensive documentation of engagement methodologies and subsequent implementation.",
            True,
        ),
    ],
)
def test_the_measure_tells_plain_from_hard_words(text, hard):
    assert (reading_age(f"<main><p>{text}</p></main>") > MAX_READING_AGE) is hard
