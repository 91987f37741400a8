"""`netwise up` as a newcomer meets it: the admin token it prints can try every part of the product."""

from pathlib import Path

import httpx
import pytest

from kit.ids import new_id
from tests.e2e.flows import ok
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e


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
