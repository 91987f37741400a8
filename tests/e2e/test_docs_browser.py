"""The API docs as a frontend developer uses them: in Debian's Chromium, offline, authorize and try a call.

The browser is the system's (`/usr/bin/chromium`, installed by `.ci/run` when missing), driven by Playwright
with nothing downloaded; every request that leaves loopback is refused, so a CDN would show as a failure.
"""

import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Route, sync_playwright

from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTEFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artefacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_swagger_ui_authorizes_and_tries_a_call_offline(tmp_path: Path) -> None:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: .ci/run installs it (apt-get install chromium)"
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    refused: list[str] = []

    def loopback_only(route: Route) -> None:
        if urlparse(route.request.url).hostname in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort("internetdisconnected")

    with running_platform(tmp_path / "var") as platform, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.route("**/*", loopback_only)
            page.goto(f"{platform.gateway}/docs", wait_until="networkidle")
            page.locator("button.authorize").first.click()  # the page's Authorize button opens the dialog
            page.locator("#auth-bearer-value").fill(platform.admin_token)
            page.get_by_role("button", name="Apply credentials").click()
            page.locator(".auth-container .btn-done").first.click()

            operation = page.locator("[id$='-identity-people-get-me']").first
            operation.locator(".opblock-summary").click()
            # The docs open operations ready to try (tryItOutEnabled), so Execute is there at once.
            operation.get_by_role("button", name="Execute").click()
            status = operation.locator(".live-responses-table tr.response .response-col_status").first
            status.wait_for(timeout=15_000)
            page.screenshot(path=str(ARTEFACTS / "docs-try-it-out.png"), full_page=False)
            assert status.inner_text().strip() == "200"
            assert "ingrid.dahl@fjordline.example" in operation.locator(".live-responses-table").inner_text()
        finally:
            browser.close()
    assert refused == []
