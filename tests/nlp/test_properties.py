"""Arbitrary text at the nlp entry points: no crash, and every offset points into the text it came from."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp.redaction import redact
from nlp.safeguarding import check

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.from_regex(
    r"[A-Za-z0-9@+(). \n-]{0,80}", fullmatch=True
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_redaction_never_crashes_and_its_offsets_point_into_the_text(text):
    result = redact(text)
    assert isinstance(result["redacted"], str)
    previous_end = 0
    for item in result["pii"]:
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert item["start"] >= previous_end, "spans must not overlap"
        previous_end = item["end"]
        assert f"[{item['label']}]" in result["redacted"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_safeguarding_never_crashes_and_its_evidence_is_in_the_text(text):
    result = check(text)
    assert isinstance(result["flag"], bool)
    assert 0.0 <= result["score"] <= 1.0
    for span in result["evidence"]:
        assert text[span["start"] : span["end"]] == span["text"]
