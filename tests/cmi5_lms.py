"""An LMS for the cmi5 tests, playing the LMS's part of cmi5's launch sequence (§8, §10): it writes the
`LMS.LaunchData` state document, records `launched`, and hands out a one-time fetch URL whose token opens its LRS.
Its LRS is netwise's own, reached through the LMS's `/lrs/` (as an LMS fronting an LRS does), so the AU's
statements land in netwise's LRS and are read back from there."""

import base64
import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

CMI5 = "https://w3id.org/xapi/cmi5/context/"
SESSION_ID = CMI5 + "extensions/sessionid"


@dataclass
class Launch:
    url: str
    actor: dict[str, Any]
    registration: str
    activity_id: str
    session_id: str
    fetch: str


@dataclass
class Lms:
    """`netwise` reaches netwise's app (its LRS at `/xapi/`); `key` and `secret` are LRS credentials netwise made for
    this LMS. `url` is set once the LMS serves."""

    netwise: httpx.AsyncClient
    key: str
    secret: str
    url: str = ""
    fetches: list[str] = field(default_factory=list)  # every POST to a fetch URL, in order
    lrs_down: bool = False  # its LRS answers 503 to statements meanwhile
    _codes: dict[str, bool] = field(default_factory=dict)  # fetch code → already used

    @property
    def auth_token(self) -> str:
        return base64.b64encode(f"{self.key}:{self.secret}".encode()).decode()

    def lrs_headers(self) -> dict[str, str]:
        return {"Authorization": f"Basic {self.auth_token}", "X-Experience-API-Version": "1.0.3"}

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/fetch/{code}")
        async def fetch(code: str) -> JSONResponse:
            self.fetches.append(code)
            if code not in self._codes:
                return JSONResponse({"error-code": "2", "error-text": "unknown fetch URL"})
            if self._codes[code]:
                return JSONResponse({"error-code": "1", "error-text": "The authorization token has already been "
                                                                      "returned."})
            self._codes[code] = True
            return JSONResponse({"auth-token": self.auth_token})

        @app.api_route("/lrs/{path:path}", methods=["GET", "POST", "PUT", "DELETE"])
        async def lrs(path: str, request: Request) -> Response:
            if self.lrs_down and path == "statements":
                return Response(status_code=503)
            headers = {name: value for name, value in request.headers.items()
                       if name.lower() in ("authorization", "content-type", "x-experience-api-version")}
            answer = await self.netwise.request(request.method, f"/xapi/{path}", params=request.query_params,
                                                content=await request.body(), headers=headers)
            return Response(answer.content, status_code=answer.status_code,
                            media_type=answer.headers.get("content-type"))

        return app

    async def launch(self, au_url: str, publisher_id: str, email: str, *, move_on: str = "CompletedAndPassed",
                     mastery_score: float | None = None, launch_mode: str = "Normal", registration: str | None = None,
                     return_url: str | None = None, write_launch_data: bool = True) -> Launch:
        """What an LMS does before opening an AU: launch data, `launched`, a fresh fetch URL; the launch URL."""
        actor = {"objectType": "Agent", "account": {"homePage": self.url, "name": email}}
        registration = registration or str(uuid.uuid4())
        activity_id = f"{self.url}/activities/{uuid.uuid5(uuid.NAMESPACE_URL, publisher_id)}"
        session_id = str(uuid.uuid4())
        template = {"contextActivities": {"grouping": [{"id": publisher_id, "objectType": "Activity"}]},
                    "extensions": {SESSION_ID: session_id}}
        data: dict[str, Any] = {"contextTemplate": template, "launchMode": launch_mode, "moveOn": move_on}
        if return_url != "":  # "": this LMS names no returnURL
            data["returnURL"] = return_url or f"{self.url}/course"
        if mastery_score is not None:
            data["masteryScore"] = mastery_score
        state = {"stateId": "LMS.LaunchData", "activityId": activity_id, "agent": json.dumps(actor),
                 "registration": registration}
        if write_launch_data:
            put = await self.netwise.put("/xapi/activities/state", params=state, json=data,
                                         headers=self.lrs_headers())
            assert put.status_code == 204, put.text
        extensions = {SESSION_ID: session_id, CMI5 + "extensions/launchmode": launch_mode,
                      CMI5 + "extensions/moveon": move_on, CMI5 + "extensions/launchurl": au_url}
        if mastery_score is not None:
            extensions[CMI5 + "extensions/masteryscore"] = mastery_score
        launched = {"id": str(uuid.uuid4()), "actor": actor,
                    "verb": {"id": "http://adlnet.gov/expapi/verbs/launched", "display": {"en-US": "launched"}},
                    "object": {"objectType": "Activity", "id": activity_id},
                    "context": {"registration": registration, "extensions": extensions,
                                "contextActivities": {"grouping": template["contextActivities"]["grouping"],
                                                      "category": [{"id": CMI5 + "categories/cmi5"}]}},
                    "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z")}
        stored = await self.netwise.post("/xapi/statements", json=launched, headers=self.lrs_headers())
        assert stored.status_code == 200, stored.text
        code = secrets.token_urlsafe(12)
        self._codes[code] = False
        fetch = f"{self.url}/fetch/{code}"
        query = urlencode({"endpoint": f"{self.url}/lrs/", "fetch": fetch, "actor": json.dumps(actor),
                           "registration": registration, "activityId": activity_id})
        separator = "&" if "?" in au_url else "?"  # the AU's own query (netwise's package binding) stays
        return Launch(f"{au_url}{separator}{query}", actor, registration, activity_id, session_id, fetch)

    async def statements(self, registration: str) -> list[dict[str, Any]]:
        """The registration's statements in the LRS, oldest first."""
        found = await self.netwise.get("/xapi/statements", params={"registration": registration, "ascending": "true",
                                                                    "limit": "100"}, headers=self.lrs_headers())
        assert found.status_code == 200, found.text
        return list(found.json()["statements"])
