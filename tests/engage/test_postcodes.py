import pytest
from django.core.exceptions import ValidationError

from engage.areas.postcodes import postcode_district


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("s10 2tn", "S10"), ("SW1A1AA", "SW1A"), ("sw1a 1aa", "SW1A"), ("S10", "S10"), ("m1", "M1"), ("  ", "")],
)
def test_only_the_district_is_kept(typed, kept):
    assert postcode_district(typed) == kept


@pytest.mark.parametrize("typed", ["12 Acacia Avenue", "S", "not a postcode", "S10 2TNX"])
def test_anything_else_gets_a_plain_message(typed):
    with pytest.raises(ValidationError, match="first half of a postcode"):
        postcode_district(typed)
