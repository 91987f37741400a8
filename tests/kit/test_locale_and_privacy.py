import pytest
from pydantic import BaseModel
from starlette.responses import Response

from kit.locale import ReaderLocale, choose_locale
from kit.pagination import Page
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


class Item(BaseModel):
    locale: str


@pytest.mark.parametrize(("locales", "said"), [
    (["sv-SE", "sv-SE"], "sv-SE"),  # one language throughout: the page says it
    (["sv-SE", "en"], None),  # mixed: no single Content-Language would be true
    ([], None),
])
def test_a_page_says_its_language_only_when_every_item_shares_it(locales: list[str], said: str | None) -> None:
    response = Response()
    page = Page(items=[Item(locale=locale) for locale in locales], next_cursor=None)
    reader = ReaderLocale(preferred=None, accept_language=None, default="en", response=response)
    assert reader.served_page(page) is page
    assert response.headers.get("content-language") == said
