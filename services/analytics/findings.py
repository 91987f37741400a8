"""Findings: short sentences computed from the linked view's numbers, in the reader's language; never invented.

Also the number formats and words the leadership report shares with them (sv, nb, da, nl, en).
"""

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from services.analytics.schemas import Finding, LinkedPeriod


@dataclass(frozen=True)
class Language:
    decimal: str
    thousands: str
    percent: str  # how a percentage follows its number
    words: dict[str, str]


NBSP = "\u00a0"
# The words of the report and its findings, one table per language, beside the page's template.
WORDS: dict[str, dict[str, str]] = json.loads(
    (Path(__file__).parent / "templates" / "leadership-words.json").read_text(encoding="utf-8"))
LANGUAGES = {
    "en": Language(".", ",", "%", WORDS["en"]),
    "sv": Language(",", NBSP, NBSP + "%", WORDS["sv"]),
    "nb": Language(",", NBSP, NBSP + "%", WORDS["nb"]),
    "da": Language(",", ".", NBSP + "%", WORDS["da"]),
    "nl": Language(",", ".", "%", WORDS["nl"]),
}


def language(locale: str) -> Language:
    return LANGUAGES[locale.split("-")[0].lower()]


def number(value: int | float | Decimal, locale: str, decimals: int = 0) -> str:
    lang = language(locale)
    quantum = Decimal(1).scaleb(-decimals)
    text = f"{Decimal(str(value)).quantize(quantum, ROUND_HALF_UP):,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", lang.decimal).replace("\x00", lang.thousands)


def percent(value: float, locale: str) -> str:
    return number(value, locale, 1) + language(locale).percent


def money(minor: int, currency: str, locale: str) -> str:
    """Whole units of the currency: leaders read totals, not cents."""
    return f"{number(Decimal(minor) / 100, locale)}{NBSP}{currency}"


def findings(periods: list[LinkedPeriod], target: int, currency: str, locale: str) -> list[Finding]:
    """What the numbers of the last period (and the one before it) say, in the reader's language."""
    if not periods:
        return []
    words = language(locale).words
    last, before = periods[-1], (periods[-2] if len(periods) > 1 else None)
    found: list[Finding] = []

    def say(code: str, template: str, values: dict[str, Any], **shown: str) -> None:
        found.append(Finding(code=code, text=words[template].format(**shown), values=values))

    org = last.organisation
    if org is not None and org.investment_percent is not None:
        say("investment_share", "f_investment", {"percent": org.investment_percent, "target": target},
            percent=percent(org.investment_percent, locale), target=percent(target, locale))
    if org is not None:
        previous = before.organisation if before else None
        values = {"percent": org.coverage_percent}
        if previous is None:
            say("coverage", "f_coverage", values, percent=percent(org.coverage_percent, locale))
        else:
            points = round(org.coverage_percent - previous.coverage_percent, 1)
            template = "f_coverage_up" if points > 0 else "f_coverage_down" if points < 0 else "f_coverage_same"
            say("coverage", template, {**values, "points": points}, percent=percent(org.coverage_percent, locale),
                points=number(abs(points), locale, 1))
        say("participation", "f_participation",
            {"ambassadors": org.ambassadors, "people": org.headcount, "percent": org.participation_percent,
             "shares": org.shares, "reach": org.potential_reach, "clicks": org.clicks},
            ambassadors=number(org.ambassadors, locale), people=number(org.headcount, locale),
            percent=percent(org.participation_percent, locale), shares=number(org.shares, locale),
            reach=number(org.potential_reach, locale), clicks=number(org.clicks, locale))
        for kpi in org.kpis:
            if kpi.cost_per_result_minor is not None:
                say("cost_per_result", "f_cost_per_result",
                    {"kpi": kpi.key, "cost_minor": kpi.cost_per_result_minor, "results": kpi.results},
                    kpi=kpi.key, cost=money(kpi.cost_per_result_minor, currency, locale),
                    results=number(kpi.results, locale))
    if last.units:
        top = max(last.units, key=lambda unit: (unit.coverage_percent, unit.unit_name))
        say("top_unit", "f_top_unit", {"unit": top.unit_name, "coverage": top.coverage_percent,
                                       "participation": top.participation_percent},
            unit=top.unit_name, coverage=percent(top.coverage_percent, locale),
            participation=percent(top.participation_percent, locale))
    return found
