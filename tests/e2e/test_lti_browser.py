"""A learner inside an LMS course, in Debian's Chromium: the LMS (lti1p3platform, on `localhost`) embeds the
placed module in an iframe, netwise (`netwise up`, on `127.0.0.1`: another site) launches it, the learner passes
its quiz in the frame, and the score reaches the LMS's gradebook through AGS.

Checked on the way: the pages set no cookie (an LMS iframe gets no third-party cookie), their CSP lets exactly
that LMS frame them, nothing loads from elsewhere, the words and content follow the five languages, and axe-core
finds no serious or critical accessibility violation on the module and quiz pages.
"""

import json
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Frame, Page, sync_playwright

from services.curriculum.demo import MODULES
from services.curriculum.learner_pages import WORDS
from tests.e2e.browser import CHROMIUM, LAUNCH_ARGS, LoopbackOnly
from tests.e2e.platform import running_platform
from tests.lti_platform import Platform
from tests.support import free_port, serving_in_thread

pytestmark = pytest.mark.e2e

AXE = Path(__file__).resolve().parents[1] / "browser" / "node_modules" / "axe-core" / "axe.min.js"
DEMO = MODULES[0]  # "What social media is - and is not", with its quiz in five languages
LEARNER = "ingrid.dahl@fjordline.example"


def _call(method: str, url: str, token: str, body: dict[str, Any] | None = None) -> Any:
    request = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                                              "Accept-Language": "en"})
    with urllib.request.urlopen(request, timeout=15) as answer:
        return json.loads(answer.read() or b"null")


def _demo_module(gateway: str, token: str) -> str:
    modules = _call("GET", f"{gateway}/curriculum/v1/modules?limit=100", token)["items"]
    return next(m["id"] for m in modules if m["title"] == DEMO.texts["en"][0])


def _learner_frame(page: Page) -> Frame:
    for _ in range(100):
        frame = next((f for f in page.frames if "/lti/learn/" in f.url), None)
        if frame is not None:
            frame.wait_for_load_state()
            return frame
        page.wait_for_timeout(100)
    raise AssertionError(f"no learner page in the LMS's frame: {[f.url for f in page.frames]}")


def _serious(browser: Browser, url: str) -> list[str]:
    """axe-core's serious and critical violations on the page at `url` (scanned with CSP bypassed, so the
    engine can be injected; the page's own CSP is checked in the iframe)."""
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        return [f"{v['id']}: {v['help']}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
    finally:
        context.close()


def test_a_learner_passes_a_quiz_inside_the_lms_and_the_score_reaches_its_gradebook(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: .ci/run installs it (apt-get install chromium)"
    assert AXE.exists(), "axe-core is missing: .ci/run installs it (npm ci --prefix tests/browser)"
    monkeypatch.setenv("NETWISE_CURRICULUM_LTI_INTERVAL_SECONDS", "1")  # scores leave within a second
    lms_port = free_port()
    lms_url = f"http://localhost:{lms_port}"
    loopback_only = LoopbackOnly()

    with running_platform(tmp_path / "var") as netwise:
        curriculum = f"{netwise.gateway}/curriculum"
        lms = Platform(issuer=lms_url, login_url=f"{curriculum}/lti/login", launch_url=f"{curriculum}/lti/launch")
        lms.auth_url, lms.url = f"{lms_url}/auth", lms_url
        module_id = _demo_module(netwise.gateway, netwise.admin_token)
        _call("POST", f"{curriculum}/v1/lti/platforms", netwise.admin_token, lms.registration_body(name="Moodle"))
        with urllib.request.urlopen(f"{curriculum}/lti/jwks.json", timeout=15) as keys:
            lms.trust_tool(json.loads(keys.read()))
        lms.next_launch = {"user_id": "moodle-ingrid", "email": LEARNER, "lineitem": "col-1",
                           "custom": {"netwise_module_id": module_id}}

        with serving_in_thread(lms.services(), lms_port), sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            try:
                context = browser.new_context(locale="en-GB")
                page = context.new_page()
                page.route("**/*", loopback_only)
                policies: dict[str, str] = {}
                page.on("response", lambda r: policies.__setitem__(
                    r.url, r.headers.get("content-security-policy", "")) if "/lti/learn/" in r.url else None)
                page.goto(f"{lms_url}/course")
                frame = _learner_frame(page)
                module_url = frame.url
                assert frame.locator("h1").inner_text() == DEMO.texts["en"][0]
                assert policies[module_url].endswith(f"frame-ancestors {lms_url}")

                frame.get_by_role("link", name="Take the quiz").click()
                frame.wait_for_url("**/quiz")
                quiz_url = frame.url
                for number, question in enumerate(DEMO.quiz, start=1):
                    for index in question.correct:
                        frame.check(f'input[name="q{number}"][value="{chr(97 + index)}"]')
                frame.get_by_role("button", name="Submit answers").click()
                frame.wait_for_selector("p.passed")
                assert "Passed: 100%" in frame.locator("p.passed").inner_text()
                assert context.cookies() == []  # nothing for a browser to withhold from a third-party frame

                for _ in range(100):  # the background job sends the score within a second or two
                    if lms.scores.get("col-1"):
                        break
                    time.sleep(0.2)
                [score] = lms.scores["col-1"]
                assert (score["userId"], score["scoreGiven"], score["activityProgress"]) == \
                    ("moodle-ingrid", 100, "Completed")

                for locale in ("sv-SE", "nb-NO", "da-DK", "nl-NL", "en-GB"):
                    reader = browser.new_context(locale=locale)
                    try:
                        shown = reader.new_page()
                        shown.route("**/*", loopback_only)
                        shown.goto(module_url)
                        language = locale.split("-")[0]
                        assert shown.locator("html").get_attribute("lang") == language
                        assert shown.locator("h1").inner_text() == DEMO.texts[language][0]
                        assert shown.locator("p.passed").inner_text() == WORDS[language]["completed"]
                    finally:
                        reader.close()

                for url in (module_url, quiz_url):
                    assert _serious(browser, url) == [], url
            finally:
                browser.close()
    assert loopback_only.refused == []
