"""The API docs as a frontend developer uses them: in Debian's Chromium, offline, authorize and try a call.

The browser is the system's (`/usr/bin/chromium`, installed by `.ci/run` when missing), driven by Playwright
with nothing downloaded; every request that leaves loopback is refused, so a CDN would show as a failure.
"""

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.e2e.browser import CHROMIUM, LAUNCH_ARGS, LoopbackOnly
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e

ARTEFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artefacts"


def test_swagger_ui_authorizes_and_tries_a_call_offline(tmp_path: Path) -> None:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: .ci/run installs it (apt-get install chromium)"
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    loopback_only = LoopbackOnly()

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
    assert loopback_only.refused == []
