import pytest

from kit.locale import choose_locale
from kit.privacy import suppress_small_groups


@pytest.mark.parametrize(("preferred", "accept", "expected"), [
    ("nb-NO", None, "nb-NO"),  # the person's own setting wins
    (None, "da;q=0.5, nl-NL;q=0.9", "nl-NL"),  # then Accept-Language by quality
    (None, "sv", "sv-SE"),  # same language, other region
    ("fi-FI", "de", "en"),  # nothing fits: the organisation's default
])
def test_reader_gets_their_own_locale_else_header_else_default(preferred: str | None, accept: str | None,
                                                                expected: str) -> None:
    available = ["en", "sv-SE", "nb-NO", "nl-NL"]
    assert choose_locale(available, preferred=preferred, accept_language=accept, default="en") == expected


def test_missing_default_falls_back_to_first_variant() -> None:
    assert choose_locale(["da-DK"], preferred=None, accept_language="xx;q=oops", default="en") == "da-DK"


def test_groups_below_minimum_are_dropped_and_counted() -> None:
    groups = [("sales", 12), ("hr", 2), ("it", 5)]
    kept, note = suppress_small_groups(groups, lambda g: g[1], 5)
    assert kept == [("sales", 12), ("it", 5)]
    assert note.suppressed_groups == 1 and note.min_group_size == 5
