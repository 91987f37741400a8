"""`netwise up` as a newcomer meets it: the admin token it prints can try every part of the product, and
`netwise token` finds the running platform by its var dir."""

import base64
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from kit.ids import new_id
from tests.e2e.flows import ok
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e


def claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


def netwise(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "netwise_cli", *args], capture_output=True, text=True, timeout=60,
                          check=False, cwd=cwd)


def test_token_without_a_platform_says_so_on_one_line(tmp_path: Path) -> None:
    for ran in (netwise("token", "--email", "ingrid.dahl@fjordline.example", cwd=tmp_path),
                netwise("token", "--var-dir", str(tmp_path / "elsewhere"), "--email", "x@example.com")):
        assert ran.returncode == 1 and ran.stdout == "" and "Traceback" not in ran.stderr
        [line] = ran.stderr.splitlines()
        assert line.startswith("netwise: no platform found: ") and "platform.json is missing" in line


def test_the_printed_admin_token_manages_curriculum_and_advocacy_content(tmp_path: Path) -> None:
    with running_platform(tmp_path / "var") as platform, httpx.Client(base_url=platform.gateway, timeout=20) as api:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}
        module = ok(api.post("/curriculum/v1/modules", headers=admin, json={
            "content": {"en": {"title": "Trying netwise", "summary": "A first module", "body": "Hello"}},
            "phase": "foundations", "estimated_minutes": 5}), 201)
        assert module["status"] == "draft"
        topic = ok(api.post("/advocacy/v1/topics", headers=admin, json={
            "slug": f"first-{new_id()[-6:]}", "name": "A first topic"}), 201)
        post = ok(api.post("/advocacy/v1/posts", headers=admin, json={
            "topic_id": topic["id"], "link": "https://www.fjordline.example/", "title": "A first post",
            "variants": [{"network": "linkedin", "locale": "sv-SE", "text": "Hej #employee"}]}), 201)
        assert post["status"] == "draft"
        me = ok(api.get("/identity/v1/me", headers=admin))
        assert set(me["roles"]) == {"learner", "ambassador", "editor", "comms", "manager", "analyst", "admin"}

        # `netwise token --var-dir` mints for this platform (its own ports, so its own issuer), in any directory.
        minted = netwise("token", "--var-dir", str(platform.var_dir), "--email", "nora.solberg@fjordline.example",
                         cwd=tmp_path)
        assert minted.returncode == 0, minted.stderr
        token = minted.stdout.strip()
        assert claims(token)["iss"] == platform.url("identity") == claims(platform.admin_token)["iss"]
        nora = ok(api.get("/identity/v1/me", headers={"Authorization": f"Bearer {token}"}))
        assert nora["email"] == "nora.solberg@fjordline.example"
        unknown = netwise("token", "--var-dir", str(platform.var_dir), "--email", "nobody@fjordline.example")
        assert unknown.returncode == 1 and unknown.stderr.strip() == "netwise: no person with e-mail " \
            "nobody@fjordline.example"
