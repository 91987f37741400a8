"""The leadership report: the linked view as a page with charts, and the same page as a PDF.

Charts are Vega-Lite specs built with Altair and rendered to static SVG by vl-convert, so the page needs no script
and no CDN; WeasyPrint prints the same HTML. Every number on it is the linked view's, formatted for the reader.
"""

import base64
from functools import cache
from pathlib import Path
from typing import Any

import altair as alt
import vl_convert
from jinja2 import Environment, FileSystemLoader, select_autoescape

from services.analytics import findings as words
from services.analytics.schemas import LinkedPeriod, LinkedReport

TEMPLATES = Path(__file__).parent / "templates"
# The page's own CSS inline and its charts as data: URIs; nothing else may load, and nothing may run.
CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; " \
                          "form-action 'none'"
BLUE, ORANGE = "#1f5f99", "#b35900"  # at least 4.5:1 against white (WCAG 2.1 AA)
NOT_SHOWN = "\u2013"  # an en dash in a cell: nothing to show (a small group, or no time recorded)


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "jinja"]),
                       trim_blocks=True, lstrip_blocks=True)


def _label(period: LinkedPeriod, kind: str) -> str:
    start = period.starts_on
    return f"{start.year}-{start.month:02d}" if kind == "month" else f"{start.year} Q{(start.month - 1) // 3 + 1}"


def _svg(chart: alt.Chart) -> str:
    styled = chart.configure_legend(labelLimit=0, orient="bottom", columnPadding=24).configure_axisX(labelAngle=0)
    svg = vl_convert.vegalite_to_svg(styled.to_json())
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def charts(report: LinkedReport) -> dict[str, str]:
    """The report's charts as data: URIs of SVG (only those with something to draw)."""
    w = words.language(report.locale).words
    out: dict[str, str] = {}
    trend = [{"period": _label(p, report.period), "measure": w[key], "percent": getattr(p.organisation, field)}
             for p in report.periods if p.organisation is not None
             for key, field in (("coverage", "coverage_percent"), ("participation", "participation_percent"))]
    if trend:
        out["trend"] = _svg(alt.Chart(alt.Data(values=trend)).mark_line(point=True).encode(
            x=alt.X("period:O", title=w["period"]), y=alt.Y("percent:Q", title="%", scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("measure:N", title=None, scale=alt.Scale(range=[BLUE, ORANGE]))
        ).properties(width=420, height=200))
    last = report.periods[-1] if report.periods else None
    units = [{"unit": u.unit_name, "measure": w[key], "percent": getattr(u, field)}
             for u in (last.units if last else [])
             for key, field in (("coverage", "coverage_percent"), ("participation", "participation_percent"))]
    if units:
        out["units"] = _svg(alt.Chart(alt.Data(values=units)).mark_bar().encode(
            y=alt.Y("unit:N", title=None), x=alt.X("percent:Q", title="%", scale=alt.Scale(domain=[0, 100])),
            yOffset="measure:N", color=alt.Color("measure:N", title=None, scale=alt.Scale(range=[BLUE, ORANGE]))
        ).properties(width=420))
    time = [{"period": _label(p, report.period), "category": w[category], "minutes": getattr(
        p.organisation, f"{category}_minutes")} for p in report.periods if p.organisation is not None
        for category in ("investment", "operations")]
    if any(row["minutes"] for row in time):
        out["time"] = _svg(alt.Chart(alt.Data(values=time)).mark_bar().encode(
            x=alt.X("period:O", title=w["period"]), y=alt.Y("minutes:Q", title=w["minutes"]),
            color=alt.Color("category:N", title=None, scale=alt.Scale(range=[BLUE, ORANGE]))
        ).properties(width=420, height=200))
    return out


def html(report: LinkedReport, organisation: str) -> str:
    locale = report.locale
    lang = words.language(locale)

    def n(value: Any, decimals: int = 0) -> str:
        return NOT_SHOWN if value is None else words.number(value, locale, decimals)

    def pct(value: float | None) -> str:
        return NOT_SHOWN if value is None else words.percent(value, locale)

    def money(minor: int | None) -> str:
        return NOT_SHOWN if minor is None else words.money(minor, report.currency, locale)

    return _environment().get_template("leadership.html.jinja").render(
        report=report, organisation=organisation, w=lang.words, lang=locale.split("-")[0], charts=charts(report),
        label=lambda p: _label(p, report.period), n=n, pct=pct, money=money,
        last=report.periods[-1] if report.periods else None)


def pdf(page: str) -> bytes:
    from weasyprint import HTML  # loads pango: only when a PDF is asked for

    document: bytes = HTML(string=page).write_pdf()
    return document
