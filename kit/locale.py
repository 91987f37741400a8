"""Which locale a reader gets: their own, else Accept-Language, else the organisation's default."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from starlette.responses import Response

from kit.pagination import Page


class Localised(Protocol):
    @property
    def locale(self) -> str: ...


L = TypeVar("L", bound=Localised)


def _accept_language(header: str | None) -> list[str]:
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        if not tag or tag == "*":
            continue
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if quality > 0:
            weighted.append((-quality, index, tag))
    return [tag for _, _, tag in sorted(weighted)]


def choose_locale(available: Iterable[str], *, preferred: str | None, accept_language: str | None,
                  default: str) -> str:
    """Exact tag first, then same language (`sv` serves `sv-SE`); falls back to the first available."""
    return _choose(list(available), _wanted(preferred, accept_language, default))


def _wanted(preferred: str | None, accept_language: str | None, default: str) -> list[str]:
    """The tags a reader asks for, most wanted first."""
    return [*([preferred] if preferred else []), *_accept_language(accept_language), default]


def _choose(options: list[str], wanted: list[str]) -> str:
    if not options:
        return wanted[-1]
    lowered = {o.lower(): o for o in options}
    for wanted_tag in wanted:
        exact = lowered.get(wanted_tag.lower())
        if exact:
            return exact
        language = wanted_tag.split("-")[0].lower()
        same_language = next((o for o in options if o.split("-")[0].lower() == language), None)
        if same_language:
            return same_language
    return options[0]


@dataclass
class ReaderLocale:
    """Who is reading, as far as language goes: picks a locale for each piece of content and says which was served."""

    preferred: str | None
    accept_language: str | None
    default: str
    response: Response | None = None  # where `served` says the locale; None when nothing is served
    _wanted: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    def pick(self, available: list[str]) -> str:
        # Accept-Language parsed once per reader, not once for each item of a page.
        if self._wanted is None:
            self._wanted = _wanted(self.preferred, self.accept_language, self.default)
        return _choose(available, self._wanted)

    def served(self, locale: str) -> str:
        """Says which locale the response carries (Content-Language)."""
        if self.response is not None:
            self.response.headers["Content-Language"] = locale
        return locale

    def served_page(self, page: Page[L]) -> Page[L]:
        """The page, carrying Content-Language only when every item in it is in the same locale."""
        found = {item.locale for item in page.items}
        if len(found) == 1:
            self.served(found.pop())
        return page
