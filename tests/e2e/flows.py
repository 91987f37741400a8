"""Steps the e2e tests share, done as users and integrations do them through the gateway.

Events travel between the apps asynchronously (outbox, relay, inbox), so effects in another service are awaited
with `eventually` (a bounded poll), never with a fixed sleep.
"""

import sqlite3
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from tests.e2e.platform import Platform

Headers = dict[str, str]
SERVICES = ("identity", "curriculum", "advocacy", "analytics")


def eventually(check: Callable[[], Any], timeout: float = 30.0, interval: float = 0.2) -> Any:
    """Polls `check` until it returns something truthy or `timeout` passes; returns its last result."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(interval)


def ok(response: httpx.Response, status: int = 200) -> Any:
    """The response's JSON, after checking its status (the failure names the request and shows the problem)."""
    assert response.status_code == status, f"{response.request.method} {response.request.url}: " \
        f"{response.status_code} {response.text}"
    return response.json()


def bearer(platform: Platform, email: str) -> Headers:
    """A demo person's token, minted with `netwise token --email`."""
    minted = platform.token(email)
    assert minted.returncode == 0, minted.stderr
    return {"Authorization": f"Bearer {minted.stdout.strip()}"}


def lms(platform: Platform, http: httpx.Client) -> Headers:
    """The demo integration client (an LMS; it has every scope), signed in with client credentials."""
    credentials = platform.demo_client()
    issued = http.post("/identity/v1/oauth/token", data={"grant_type": "client_credentials"},
                       auth=(credentials["client_id"], credentials["client_secret"]))
    return {"Authorization": f"Bearer {ok(issued)['access_token']}"}


def query(platform: Platform, service: str, sql: str) -> list[tuple[Any, ...]]:
    """Rows from an app's SQLite database under the platform's var dir (for event bookkeeping only)."""
    database = platform.var_dir / f"{service}.db"
    if not database.exists():
        return []
    with sqlite3.connect(database) as conn:
        return conn.execute(sql).fetchall()


def undelivered(platform: Platform) -> list[tuple[Any, ...]]:
    """Events some subscriber has not acknowledged yet, across every service's outbox."""
    return [(service, *row) for service in SERVICES for row in query(
        platform, service, "SELECT type, subscriber, attempts, last_error FROM outbox WHERE delivered_at IS NULL")]


def settle(platform: Platform, timeout: float = 30.0) -> None:
    """Waits until every event emitted so far (the demo seed's included) has been delivered and handled."""
    assert eventually(lambda: not undelivered(platform), timeout), f"still undelivered: {undelivered(platform)[:5]}"


def track_certifying(http: httpx.Client, headers: Headers, certification_key: str) -> dict[str, Any]:
    """The published track whose completion issues the certification with this key."""
    catalogue = ok(http.get("/curriculum/v1/tracks", params={"limit": 100}, headers=headers))
    return next(t for t in catalogue["items"] if (t["certification"] or {}).get("key") == certification_key)


def enrol(http: httpx.Client, lms: Headers, track_id: str, email: str, idempotency_key: str | None = None
          ) -> httpx.Response:
    """The LMS enrols a person on a track; retried while identity's person event is still on its way."""
    headers = {**lms, "Idempotency-Key": idempotency_key or str(uuid.uuid4())}
    body = {"track_id": track_id, "email": email}
    attempts: list[httpx.Response] = []

    def attempt() -> bool:
        attempts.append(http.post("/curriculum/v1/enrolments", json=body, headers=headers))
        return attempts[-1].status_code in (200, 201)

    assert eventually(attempt), f"enrolment of {email} kept failing: {attempts[-1].status_code} {attempts[-1].text}"
    return attempts[-1]


def pass_quiz(http: httpx.Client, module_id: str, learner: Headers, editor: Headers) -> dict[str, Any]:
    """The learner answers the module's quiz correctly (the answers come from the editor's answer key)."""
    answer_key = ok(http.get(f"/curriculum/v1/modules/{module_id}/quiz/answer-key", headers=editor))
    answers = [{"question_id": q["id"], "option_ids": q["correct"]} for q in answer_key["questions"]]
    attempt = ok(http.post(f"/curriculum/v1/modules/{module_id}/quiz/attempts", json={"answers": answers},
                           headers=learner), 201)
    assert attempt["passed"] is True, attempt
    return attempt


def complete_track(http: httpx.Client, track: dict[str, Any], learner: Headers, editor: Headers) -> dict[str, Any]:
    """The learner works through the track in order: passes each quiz, completes each module.

    Returns the last module's completion: the tracks it finished and the certifications it issued.
    """
    completion: dict[str, Any] = {}
    for module_id in track["module_ids"]:
        if ok(http.get(f"/curriculum/v1/modules/{module_id}", headers=learner))["has_quiz"]:
            pass_quiz(http, module_id, learner, editor)
        completion = ok(http.post(f"/curriculum/v1/modules/{module_id}/complete", headers=learner))
    assert track["id"] in completion["completed_tracks"], completion
    return completion


def certify(http: httpx.Client, integration: Headers, email: str, learner: Headers, editor: Headers,
            certification_key: str) -> dict[str, Any]:
    """The LMS enrols the person on the track that gives the certification; they complete it themselves."""
    track = track_certifying(http, integration, certification_key)
    enrol(http, integration, track["id"], email)
    completion = complete_track(http, track, learner, editor)
    [certification] = [c for c in completion["certifications"] if c["certification_key"] == certification_key]
    assert certification["status"] == "active", certification
    return certification
