"""Redaction: each kind of personal data is found and hidden, and ordinary words are left alone.

These are the development examples the rules were tuned on; the measured figures come from the frozen synthetic
test set in bench/bench_redaction.py.
"""

import pytest

from nlp.redaction import redact


def labelled(text: str) -> list[tuple[str, str]]:
    return [(p["label"], text[p["start"] : p["end"]]) for p in redact(text)["pii"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("phone me 07700 900123", ("PHONE", "07700 900123")),
        ("my mums number is +44 7700 900456!", ("PHONE", "+44 7700 900456")),
        ("school office (0114) 496 0000", ("PHONE", "(0114) 496 0000")),
        ("its 0 7 7 0 0 9 0 0 9 9 9 lol", ("PHONE", "0 7 7 0 0 9 0 0 9 9 9")),
        ("call 07700-900-001 2 times", ("PHONE", "07700-900-001")),
        ("we are at S10 2TN", ("POSTCODE", "S10 2TN")),
        ("postcode sw1a1aa", ("POSTCODE", "sw1a1aa")),
        ("nhs number 943 476 5919", ("NHS_NUMBER", "943 476 5919")),
        ("my ni is JT 12 34 56 A", ("NI_NUMBER", "JT 12 34 56 A")),
        ("mail jo.bloggs99@example.com", ("EMAIL", "jo.bloggs99@example.com")),
        ("follow @youth_voice_shef", ("HANDLE", "@youth_voice_shef")),
        ("my snap is mia_x09", ("HANDLE", "mia_x09")),
        ("see www.example.org/help.", ("URL", "www.example.org/help")),
        ("we live at 4 Hollybank Road", ("ADDRESS", "4 Hollybank Road")),
        ("i was born 03/04/2011", ("DATE_OF_BIRTH", "03/04/2011")),
        ("I go to Meadow Lane Academy", ("SCHOOL", "Meadow Lane Academy")),
        ("st aidan's primary was better", ("SCHOOL", "st aidan's primary")),
        ("she's at Kings Norton Girls' School", ("SCHOOL", "Kings Norton Girls' School")),
    ],
)
def test_structured_items_and_schools_are_found(text, expected):
    assert expected in labelled(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me and olivia got detention", "olivia"),
        ("Mrs Kowalczyk is the best", "Kowalczyk"),
        ("my mate zed got jumped", "zed"),
        ("the lad called Tobiah is in my class", "Tobiah"),
        ("I told Hope everything", "Hope"),
        ("ask Will, he knows", "Will"),
        ("hi im Olamide, from year 8", "Olamide"),
        ("Kofi Asante is my cousin", "Kofi Asante"),
        ("my social worker sandra never rings back", "sandra"),
        ("me, tobiah and kwame got chased", "tobiah"),
        ("I asked zeynep if she was ok", "zeynep"),
        ("amara from my class is sound", "amara"),
        ("zeno's mum drives us", "zeno"),
        ("ask for imogen at the desk", "imogen"),
        ("Kemi helped me a lot", "Kemi"),
        ("her mum Tanisha runs it", "Tanisha"),
    ],
)
def test_people_are_found(text, name):
    assert ("PERSON", name) in labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        "i hope it will get better",
        "We have exams in May",
        "i miss my old school",
        "the high school is too far away",
        "I'd rate the college 8 out of 10",
        "call 999 or 111, childline is 0800 1111",
        "it cost £12.50 and took 45 minutes",
        "lol idk tbh",
        "I'm tired of waiting",
        "Sheffield needs more buses",
        "Leeds from my window looks grim",
        "i asked the teacher if she knew",
        "my mum works nights",
        "Sheffield's best park is Weston Park",
        "i got 2nd place in the race",
    ],
)
def test_ordinary_answers_are_left_alone(text):
    assert redact(text) == {"redacted": text, "pii": []}


def test_nhs_number_with_a_wrong_check_digit_is_not_an_nhs_number():
    assert ("NHS_NUMBER", "943 476 5918") not in labelled("number 943 476 5918")


def test_placeholders_replace_items_and_offsets_point_into_the_original():
    text = "I'm Jess, text 07700 900123 or jess@example.com"
    result = redact(text)
    assert result["redacted"] == "I'm [PERSON], text [PHONE] or [EMAIL]"
    assert [text[p["start"] : p["end"]] for p in result["pii"]] == ["Jess", "07700 900123", "jess@example.com"]


def test_items_never_overlap():
    pii = redact("email @jess on jess@example.com at www.example.com/@jess")["pii"]
    ends = [(p["start"], p["end"]) for p in pii]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(ends, ends[1:], strict=False))
