"""The linked view and the leadership report built on it: the same numbers as the other reports, findings computed
from them in the reader's language, a page with static charts and no script, a PDF of the same page, and units
under the minimum group size nowhere."""

import asyncio
import shutil
import subprocess
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from playwright.async_api import Route, async_playwright

from kit.ids import new_id
from kit.mail import FileMailer
from services.analytics import report_mail
from services.analytics.findings import WORDS
from tests.analytics.conftest import Tenant
from tests.analytics.test_reports import bulk, rate
from tests.e2e.browser import CHROMIUM, LAUNCH_ARGS
from tests.support import deliver

MARCH = "2024-03-12T09:00:00Z"
ASK = {"period": "month", "on": "2024-03-20", "previous": 1}
ARTEFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artefacts"


async def march(client: httpx.AsyncClient, tenant: Tenant) -> None:
    """Sales (five people) trains, shares and spends time; Service (two) and head office (one) are too small."""
    org, people = tenant.org_id, tenant.people
    for who in ("sam", "sia", "sol"):
        await deliver(client, "netwise.curriculum.certification.issued", org, {
            "id": new_id(), "person_id": people[who], "track_id": "t1", "certification_key": "social-selling",
            "issued_at": MARCH, "expires_at": "2099-01-01T00:00:00Z"})
    await deliver(client, "netwise.curriculum.certification.issued", org, {
        "id": new_id(), "person_id": people["cai"], "track_id": "t1", "certification_key": "social-selling",
        "issued_at": MARCH, "expires_at": "2099-01-01T00:00:00Z"})
    await deliver(client, "netwise.advocacy.ambassador.enrolled", org, {
        "person_id": people["sam"], "enrolled_at": MARCH, "networks": ["linkedin"]})
    share = {"id": new_id(), "person_id": people["sam"], "post_id": "p1", "topic_id": "t", "network": "linkedin",
             "created_at": MARCH, "potential_reach": 1800}
    await deliver(client, "netwise.advocacy.share.created", org, share)
    await deliver(client, "netwise.advocacy.click.counted", org, {
        "post_id": "p1", "share_id": share["id"], "topic_id": "t", "network": "linkedin", "person_id": people["sam"],
        "minute": MARCH, "clicks": 7})
    await rate(client, tenant, "job_function", "sales", "2024-01-01", 60000)  # 600 SEK an hour
    # Three people behind each of investment and operations in Sales: both parts may be shown.
    await bulk(client, tenant, [("sam", "2024-03-10", 60, "linkedin", "content_creation"),
                                ("sia", "2024-03-11", 30, "linkedin", "strategy"),
                                ("sol", "2024-03-11", 20, "linkedin", "learning"),
                                ("sol", "2024-03-11", 70, "linkedin", "social_selling"),
                                ("sten", "2024-03-12", 60, "linkedin", "community_management"),
                                ("mona", "2024-03-12", 20, "linkedin", "reporting"),
                                ("cai", "2024-03-12", 45, "facebook", "customer_service")])
    measured = await client.post("/v1/kpi-measurements", headers=tenant.client("kpis:write"), json={
        "kpi_key": "leads", "channel": "linkedin", "starts_on": "2024-03-01", "ends_on": "2024-03-31",
        "value": "8"})
    assert measured.status_code == 201, measured.text


async def test_the_linked_view_follows_training_to_results(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await march(client, tenant)
    response = await client.get("/v1/reports/linked", params=ASK, headers=tenant.headers("ada"))
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["currency"], report["locale"], response.headers["content-language"]) == ("SEK", "sv", "sv")
    assert [(p["starts_on"], p["ends_on"]) for p in report["periods"]] == [
        ("2024-02-01", "2024-02-29"), ("2024-03-01", "2024-03-31")]
    february, now = report["periods"]
    [sales] = now["units"]  # head office (1) and Service (2) are under the minimum group size of 3
    assert sales == {
        "org_unit_id": tenant.units["sales"], "unit_name": "Sales", "headcount": 5, "certified": 3,
        "coverage_percent": 60.0, "ambassadors": 1, "participation_percent": 20.0, "shares": 1,
        "potential_reach": 1800, "clicks": 7, "minutes": 260, "investment_minutes": 110, "operations_minutes": 150,
        "cost_minor": 260000, "investment_percent": 42.3}
    org = now["organisation"]
    assert (org["headcount"], org["certified"], org["coverage_percent"]) == (8, 4, 50.0)
    assert (org["minutes"], org["investment_minutes"], org["operations_minutes"]) == (305, 110, 195)
    assert (org["cost_minor"], org["investment_percent"]) == (260000, 36.1)
    assert org["kpis"] == [{"key": "leads", "results": "8", "cost_per_result_minor": 32500}]
    assert february["organisation"]["coverage_percent"] == 0.0 and february["units"][0]["minutes"] == 0
    assert report["suppression"] == {"min_group_size": 3, "suppressed_groups": 2}

    # The same numbers as the reports they link.
    headers = tenant.headers("ada")
    coverage = (await client.get("/v1/reports/training-coverage", headers=headers)).json()
    reach = (await client.get("/v1/reports/advocacy-reach", params={"from": "2024-03-01", "to": "2024-03-31"},
                              headers=headers)).json()
    ratio = (await client.get("/v1/reports/investment-ratio", params={"from": "2024-03-01", "to": "2024-03-31"},
                              headers=headers)).json()
    assert [(r["certified"], r["coverage_percent"]) for r in coverage["rows"]] == [(3, 60.0)]
    assert [(r["shares"], r["potential_reach"], r["clicks"]) for r in reach["rows"]] == [(1, 1800, 7)]
    assert {i["category"]: i["percent"] for i in ratio["items"]}["investment"] == org["investment_percent"]

    # Computed findings, in Swedish (the organisation's language), each with the numbers it states.
    assert [(f["code"], f["text"]) for f in report["findings"]] == [
        ("investment_share", "Investeringsandel 36,1\u00a0% mot målet 20,0\u00a0%."),
        ("coverage", "Utbildningstäckning 50,0\u00a0%, upp 50,0 procentenheter från föregående period."),
        ("participation", "1 av 8 personer är ambassadörer (12,5\u00a0%); 1 delningar nådde 1\u00a0800 personer "
                          "och gav 7 klick."),
        ("cost_per_result", "Kostnad per resultat för leads: 325\u00a0SEK (8 resultat)."),
        ("top_unit", "Högst utbildningstäckning: Sales (60,0\u00a0%), ambassadörsdeltagande 20,0\u00a0%.")]


async def test_a_reader_gets_the_findings_in_their_language(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await march(client, tenant)
    english = await client.get("/v1/reports/linked", params=ASK,
                               headers=tenant.headers("ada") | {"Accept-Language": "en-GB"})
    # The person has no language of their own: the request's counts before the organisation's.
    assert english.json()["findings"][0]["text"] == "Investment share 36.1% against a 20.0% target."
    dutch = await client.get("/v1/reports/linked", params=ASK, headers=tenant.headers("ada") | {
        "Accept-Language": "nl"})
    assert dutch.json()["findings"][0]["text"] == "Investeringsaandeel 36,1% tegenover een doel van 20,0%."


async def test_a_manager_sees_their_units_and_a_learner_nothing(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await march(client, tenant)
    managed = (await client.get("/v1/reports/linked", params=ASK, headers=tenant.headers("mona"))).json()
    assert [u["unit_name"] for u in managed["periods"][-1]["units"]] == ["Sales"]
    assert managed["periods"][-1]["organisation"] is None
    assert (await client.get("/v1/reports/linked", headers=tenant.headers("sam"))).status_code == 403
    assert (await client.get("/v1/reports/leadership", headers=tenant.headers("sam"))).status_code == 403
    bad = await client.get("/v1/reports/linked", params={"period": "year"}, headers=tenant.headers("ada"))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "period"


async def test_the_report_page_has_the_numbers_static_charts_and_no_small_unit(
        client: httpx.AsyncClient, tenant: Tenant) -> None:
    await march(client, tenant)
    response = await client.get("/v1/reports/leadership", params=ASK, headers=tenant.headers("ada"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page = response.text
    assert '<html lang="sv">' in page and "<script" not in page and "http://" not in page
    assert page.count('src="data:image/svg+xml;base64,') == 3  # trend, time, units
    assert f'data-unit="{tenant.units["sales"]}"' in page
    for unit in ("service", "hq"):
        assert tenant.units[unit] not in page
    assert "Service" not in page and ">Hq<" not in page
    assert "Investeringsandel 36,1\u00a0% mot målet 20,0\u00a0%." in page
    assert ">2\u00a0600\u00a0SEK<" in page  # Sales' cost, as the API's 260000 öre


def rasterise(pdf: bytes, into: Path) -> tuple[list[int], str]:
    """The PDF's pages as PNG with pdftoppm (kept as artefacts; their sizes returned) and its text."""
    path = into / "leadership.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(into / "page")], check=True)
    pages = sorted(into.glob("page*.png"))
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copy(page, ARTEFACTS / f"leadership-report-pdf-{page.stem.split('-')[-1]}.png")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return [page.stat().st_size for page in pages], text.stdout


@pytest.fixture
def chromium() -> None:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: .ci/run installs it (apt-get install chromium)"


@pytest.fixture
def poppler() -> None:
    missing = [tool for tool in ("pdftoppm", "pdftotext") if shutil.which(tool) is None]
    assert not missing, f"{missing} missing: .ci/run installs Debian's poppler-utils"


@pytest.mark.usefixtures("poppler")
async def test_the_pdf_is_the_same_report(client: httpx.AsyncClient, tenant: Tenant, tmp_path: Path) -> None:
    await march(client, tenant)
    response = await client.get("/v1/reports/leadership", params=ASK, headers=tenant.headers("ada") | {
        "Accept": "application/pdf", "Accept-Language": "en"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    pages, text = await asyncio.to_thread(rasterise, response.content, tmp_path)
    assert pages and all(size > 10_000 for size in pages)  # rendered pages, not blank ones
    api = (await client.get("/v1/reports/linked", params=ASK, headers=tenant.headers("ada") | {
        "Accept-Language": "en"})).json()
    for finding in api["findings"]:
        assert " ".join(finding["text"].split()) in " ".join(text.replace("\u00a0", " ").split())
    lines = [line.split() for line in text.replace("\u00a0", " ").splitlines()]
    [sales_row] = [words for words in lines if words[:1] == ["Sales"] and len(words) > 1]  # the chart's label: 1
    sales = api["periods"][-1]["units"][0]  # the row as the API gives it, formatted for an English reader
    assert sales_row == ["Sales", "5", "60.0%", "20.0%", "1", "1,800", "7", "260", "42.3%", "2,600", "SEK"]
    assert (sales["potential_reach"], sales["investment_percent"], sales["cost_minor"]) == (1800, 42.3, 260000)
    assert "Service" not in text


@pytest.mark.usefixtures("chromium")
async def test_the_report_renders_in_chromium_with_the_apis_numbers(client: httpx.AsyncClient,
                                                                   tenant: Tenant) -> None:
    """Debian's Chromium shows the page under its own Content-Security-Policy: every chart drawn, nothing fetched
    but the page, and each number of the Sales row and each finding equal to the linked view's."""
    await march(client, tenant)
    english = tenant.headers("ada") | {"Accept-Language": "en"}
    page_response = await client.get("/v1/reports/leadership", params=ASK, headers=english)
    api = (await client.get("/v1/reports/linked", params=ASK, headers=english)).json()
    sales = api["periods"][-1]["units"][0]
    assert [sales[k] for k in ("headcount", "coverage_percent", "participation_percent", "shares", "potential_reach",
                               "clicks", "minutes", "investment_percent", "cost_minor")] == [
        5, 60.0, 20.0, 1, 1800, 7, 260, 42.3, 260000]
    url = "https://netwise.test/analytics/v1/reports/leadership"
    requested: list[str] = []
    blocked: list[str] = []

    async def serve(route: Route) -> None:
        await route.fulfill(status=200, body=page_response.text, headers={
            "content-type": page_response.headers["content-type"],
            "content-security-policy": page_response.headers["content-security-policy"]})

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = await browser.new_page(viewport={"width": 1000, "height": 1200})
            page.on("request", lambda request: requested.append(request.url))
            page.on("console", lambda message: blocked.append(message.text)
                    if "Content Security Policy" in message.text else None)
            await page.route("https://netwise.test/**", serve)
            await page.goto(url, wait_until="load")
            drawn = await page.eval_on_selector_all("img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)")
            cells = await page.locator(f'tr[data-unit="{sales["org_unit_id"]}"] > *').all_inner_texts()
            shown = await page.locator("li[data-finding]").all_inner_texts()
            visible = await page.locator("body").inner_text()
            await page.screenshot(path=str(ARTEFACTS / "leadership-report.png"), full_page=True)
        finally:
            await browser.close()
    assert drawn == [True, True, True]
    assert cells == ["Sales", "5", "60.0%", "20.0%", "1", "1,800", "7", "260", "42.3%", "2,600\u00a0SEK"]
    assert shown == [finding["text"] for finding in api["findings"]]
    assert "Service" not in visible and "Hq" not in visible  # the units under the minimum group size
    assert (requested, blocked) == ([url], [])


async def test_the_report_is_mailed_monthly_to_leaders_who_ask_once_each(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, tmp_path: Path) -> None:
    await march(client, tenant)
    for who in ("ada", "mona"):
        asked = await client.put("/v1/reports/leadership/subscription", headers=tenant.headers(who))
        assert asked.status_code == 200 and asked.json() == {"subscribed": True, "mailed": []}
    refused = await client.put("/v1/reports/leadership/subscription", headers=tenant.headers("sam"))
    assert refused.status_code == 403  # a learner reads no report, so gets none by mail

    mailer = FileMailer(tmp_path)
    april = datetime(2024, 4, 2, 8, tzinfo=UTC)  # March is over in Stockholm
    mine = await report_mail.mail_due(app.state.db, mailer, "netwise <reports@example.org>", april)
    assert mine >= 2  # other tests' subscribers in this module's database may be due too
    assert await report_mail.mail_due(app.state.db, mailer, "netwise <reports@example.org>", april) == 0

    mails = {}
    for path in (tmp_path / tenant.org_id).glob("*.eml"):
        mail = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        mails[str(mail["To"])] = mail
    assert sorted(mails) == [f"ada@{tenant.org_id[-6:]}.example", f"mona@{tenant.org_id[-6:]}.example"]
    ada = mails[f"ada@{tenant.org_id[-6:]}.example"]
    assert ada["Subject"] == "Sociala medier: utbildning, deltagande och resultat · Testorg · 2024-03"
    [attachment] = list(ada.iter_attachments())
    assert attachment.get_filename() == "leadership-2024-03.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert "Investeringsandel 36,1\u00a0% mot målet 20,0\u00a0%." in ada.get_body(("plain",)).get_content()
    # The manager's report shows their units only, without the organisation's totals.
    mona_page = mails[f"mona@{tenant.org_id[-6:]}.example"].get_body(("html",)).get_content()
    assert f'data-unit="{tenant.units["sales"]}"' in mona_page and 'id="organisation"' not in mona_page
    shown = (await client.get("/v1/reports/leadership/subscription", headers=tenant.headers("ada"))).json()
    assert shown == {"subscribed": True, "mailed": ["2024-03-01"]}
    assert (await client.delete("/v1/reports/leadership/subscription",
                                headers=tenant.headers("ada"))).status_code == 204


def test_every_language_has_every_word() -> None:
    english = set(WORDS["en"])
    assert {code: set(words) ^ english for code, words in WORDS.items()} == {code: set() for code in WORDS}
    assert set(WORDS) == {"en", "sv", "nb", "da", "nl"}
