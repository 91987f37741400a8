"""`netwise up` as a newcomer meets it: it says what it does in a pipe too, the admin token it prints can try
every part of the product, `netwise token` finds the running platform by its var dir, and SIGINT stops it even as
a background job."""

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
from tests.e2e.platform import _alive, running_platform

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


def test_up_in_a_pipe_as_a_background_job(tmp_path: Path) -> None:
    with running_platform(tmp_path / "var", sigint_ignored=True) as platform, \
            httpx.Client(base_url=platform.gateway, timeout=20) as api:
        # One plain line per step before the token, in a pipe (no terminal) and with no PYTHONUNBUFFERED.
        steps = platform.output[:platform.output.index(next(o for o in platform.output if o.startswith("✓")))]
        assert steps == ["preparing databases", "migrating identity", "migrating curriculum", "migrating advocacy",
                         "migrating analytics", "migrating webhooks", "seeding the demo organisation",
                         "starting identity, curriculum, advocacy, analytics, webhooks",
                         f"waiting for identity on {platform.url('identity')}"]
        assert f"netwise is up at {platform.gateway}  (API docs: {platform.gateway}/docs)" in platform.output
        assert "starting gateway" in platform.output
        token_file = platform.var_dir / "token"
        assert token_file.read_text() == platform.admin_token + "\n"
        assert token_file.stat().st_mode & 0o777 == 0o600
        assert (platform.var_dir / "demo-client.json").stat().st_mode & 0o777 == 0o600
        assert json.loads((platform.var_dir / "platform.json").read_text())["urls"]["gateway"] == platform.gateway

        # The token it prints holds every role: it manages curriculum and advocacy content.
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
        children = platform.child_pids()
        assert len(children) == 6  # five services and the gateway

    # The fixture sent SIGINT, which the job was started ignoring: it stopped at once, and every app with it.
    assert platform.process.returncode == 0
    assert platform.process.stdout is not None
    assert "SIGINT: stopping ..." in platform.process.stdout.read()
    assert [pid for pid in children if _alive(pid)] == []
