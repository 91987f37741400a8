"""Debian's Chromium as the browser tests drive it: the system's binary (installed by `.ci/run` when missing), no
download, and no request beyond loopback, so a CDN or any other outside asset shows up as a refusal."""

import shutil
from urllib.parse import urlparse

from playwright.sync_api import Route

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class LoopbackOnly:
    """A page route handler: loopback requests go on; any other is refused and remembered in `refused`."""

    def __init__(self) -> None:
        self.refused: list[str] = []

    def __call__(self, route: Route) -> None:
        if urlparse(route.request.url).hostname in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            self.refused.append(route.request.url)
            route.abort("internetdisconnected")
