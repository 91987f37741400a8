"""Through the gateway with every app running: an integration's receiver on loopback verifies every delivery with
the standardwebhooks library; failing three times then recovering, it logs each event exactly once; a replay
re-sends; after a secret rotation both secrets verify during the overlap."""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from kit.ids import new_id
from tests.e2e.flows import eventually, ok, settle
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e
CREATED = "netwise.identity.person.created"


class Receiver:
    """An endpoint as an integration writes one: verify, then keep each `webhook-id` once."""

    def __init__(self) -> None:
        self.secrets: list[str] = []
        self.failures = 0
        self.log: dict[str, dict[str, Any]] = {}  # webhook-id -> payload: each message once
        self.arrivals: list[str] = []  # every verified arrival, duplicates too
        self.verified_by: list[set[int]] = []  # which of `secrets` verified each arrival
        self.lock = threading.Lock()

    def receive(self, headers: dict[str, str], body: bytes) -> int:
        with self.lock:
            if self.failures > 0:
                self.failures -= 1
                return 503
            verifying = set()
            for index, secret in enumerate(self.secrets):
                try:
                    payload = Webhook(secret).verify(body, headers)
                except Exception:
                    continue
                verifying.add(index)
            if not verifying:
                return 401
            self.arrivals.append(headers["webhook-id"])
            self.verified_by.append(verifying)
            self.log.setdefault(headers["webhook-id"], payload)
            return 204


@contextmanager
def serving(receiver: Receiver) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            self.send_response(receiver.receive({k.lower(): v for k, v in self.headers.items()}, body))
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()


def test_signed_deliveries_retries_replay_and_rotation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETWISE_WEBHOOKS_RETRY_SCHEDULE_SECONDS", "[0.3]")  # retries within the test's patience
    monkeypatch.setenv("NETWISE_WEBHOOKS_DISPATCH_INTERVAL_SECONDS", "0.2")
    receiver = Receiver()
    with running_platform(tmp_path) as platform, serving(receiver) as url, \
            httpx.Client(base_url=platform.gateway, timeout=20) as http:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}
        settle(platform)  # the demo seed's events are heard before the endpoint exists: it gets none of them
        endpoint = ok(http.post("/webhooks/v1/endpoints", headers=admin, json={
            "url": url, "event_types": [CREATED], "personal_data": True, "description": "HR system"}), 201)
        receiver.secrets = [endpoint["secret"]]
        receiver.failures = 3

        email = f"wenche.{new_id()[-8:]}@fjordline.example"
        person = ok(http.post("/identity/v1/people", headers=admin, json={
            "email": email, "name": "Wenche Aas", "job_function": "hr"}), 201)
        assert eventually(lambda: receiver.log)
        [(message_id, payload)] = receiver.log.items()
        assert (payload["type"], payload["data"]["id"], payload["data"]["email"]) == (CREATED, person["id"], email)

        path = f"/webhooks/v1/endpoints/{endpoint['id']}/deliveries/{message_id}"
        delivery = ok(http.get(path, headers=admin))
        assert [a["status_code"] for a in delivery["log"]] == [503, 503, 503, 204]
        assert (delivery["status"], receiver.arrivals) == ("succeeded", [message_id])

        ok(http.post(f"{path}/replay", headers=admin), 202)
        assert eventually(lambda: len(receiver.arrivals) == 2)
        assert receiver.arrivals == [message_id, message_id] and len(receiver.log) == 1

        old = receiver.secrets[0]
        rotated = ok(http.post(f"/webhooks/v1/endpoints/{endpoint['id']}/secret-rotations", headers=admin,
                               json={"overlap_hours": 1}), 201)
        receiver.secrets = [old, rotated["secret"]]
        ok(http.post("/identity/v1/people", headers=admin, json={
            "email": f"x{email}", "name": "Xavi Aas", "job_function": "it"}), 201)
        assert eventually(lambda: len(receiver.log) == 2)
        assert receiver.verified_by[-1] == {0, 1}  # either secret verifies while the rotation overlaps

        def deliveries() -> list[dict[str, str]]:
            return list(ok(http.get(f"/webhooks/v1/endpoints/{endpoint['id']}/deliveries", headers=admin))["items"])

        # The receiver holds the message before the sender has read its 204 and recorded the success.
        eventually(lambda: all(d["status"] == "succeeded" for d in deliveries()))
        listed = deliveries()
        assert sorted(d["id"] for d in listed) == sorted(receiver.log)
        assert json.dumps(sorted(d["status"] for d in listed)) == '["succeeded", "succeeded"]'
