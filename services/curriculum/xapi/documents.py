"""The document resources: State (per activity, agent and registration), Activity Profile and Agent Profile.

Each document keeps its content byte for byte with its Content-Type; POST merges JSON objects. Concurrency is
xAPI's: `If-Match` and `If-None-Match` are honoured on every write (412 when they do not hold), and a PUT over an
existing document without either is a 409 on the profiles (and, from 2.0, on State too), so two LMSs cannot
silently overwrite each other.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import remove, save
from kit.problems import BadRequest, Conflict, NotFound, PreconditionFailed
from services.curriculum.models import XapiDocument
from services.curriculum.xapi import validation
from services.curriculum.xapi.protocol import LrsRequest, json_param
from services.curriculum.xapi.statements import ifi, iso, stored_now

MAX_ID_BYTES = 1000  # a stateId or profileId
MAX_CONTENT_TYPE = 255


@dataclass(frozen=True)
class DocumentKind:
    """What a resource's documents belong to, and which parameters name them."""

    name: str  # state, activity, agent
    id_param: str  # stateId, profileId
    scope_params: tuple[str, ...]
    list_delete: bool  # DELETE without an id clears them all (State only)


STATE = DocumentKind("state", "stateId", ("activityId", "agent", "registration"), True)
ACTIVITY_PROFILE = DocumentKind("activity", "profileId", ("activityId",), False)
AGENT_PROFILE = DocumentKind("agent", "profileId", ("agent",), False)


@dataclass
class DocumentAnswer:
    status: int
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: datetime | None = None


def _scope(kind: DocumentKind, request: LrsRequest) -> str:
    params = request.params
    allowed = {*kind.scope_params, kind.id_param, "since"}
    unknown = set(params) - allowed
    if unknown:
        raise BadRequest(f"{sorted(unknown)[0]}: not a parameter of this resource")
    parts = []
    if "activityId" in kind.scope_params:
        if "activityId" not in params:
            raise BadRequest("activityId: the parameter is required")
        parts.append(validation.iri(params["activityId"], "activityId"))
    if "agent" in kind.scope_params:
        if "agent" not in params:
            raise BadRequest("agent: the parameter is required")
        agent = json_param(request, "agent")
        validation.actor(agent, "agent")
        parts.append(ifi(agent) or "")
    if "registration" in kind.scope_params:
        parts.append(validation.uuid(params["registration"], "registration") if "registration" in params else "")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def etag_of(content: bytes) -> str:
    return '"' + hashlib.sha1(content).hexdigest() + '"'  # xAPI 1.0.3 names SHA-1 for ETags


def _tags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def _preconditions(request: LrsRequest, found: XapiDocument | None) -> None:
    if_match, if_none_match = request.headers.get("if-match"), request.headers.get("if-none-match")
    if if_match is not None:
        tags = _tags(if_match)
        if found is None or ("*" not in tags and found.etag not in tags):
            raise PreconditionFailed("If-Match: the document is not at that ETag (it changed, or does not exist)")
    if if_none_match is not None and found is not None:
        tags = _tags(if_none_match)
        if "*" in tags or found.etag in tags:
            raise PreconditionFailed("If-None-Match: the document exists already")


async def _get(session: AsyncSession, org_id: str, kind: DocumentKind, scope: str,
               document_id: str) -> XapiDocument | None:
    return (await session.exec(select(XapiDocument).where(
        XapiDocument.org_id == org_id, XapiDocument.kind == kind.name, XapiDocument.scope == scope,
        XapiDocument.document_id == document_id))).first()


def _json_object(content: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        value = None
    if not isinstance(value, dict):
        raise BadRequest(f"{what} is not a JSON object, so it cannot be merged")
    return value


async def handle(session: AsyncSession, org_id: str, kind: DocumentKind, request: LrsRequest) -> DocumentAnswer:
    scope = _scope(kind, request)
    document_id = request.params.get(kind.id_param)
    if request.method in ("GET", "HEAD"):
        if document_id is None:
            return await _ids(session, org_id, kind, scope, request)
        found = await _get(session, org_id, kind, scope, document_id)
        if found is None:
            raise NotFound(f"{kind.id_param}: no document {document_id!r} here")
        return DocumentAnswer(200, found.content, found.content_type, found.etag, found.updated)
    if "since" in request.params:
        raise BadRequest("since: only a GET of the document ids takes it")
    if request.method == "DELETE":
        return await _delete(session, org_id, kind, scope, document_id, request)
    if document_id is None:
        raise BadRequest(f"{kind.id_param}: the parameter is required")
    if len(document_id.encode()) > MAX_ID_BYTES:
        raise BadRequest(f"{kind.id_param}: at most {MAX_ID_BYTES} bytes")
    found = await _get(session, org_id, kind, scope, document_id)
    _preconditions(request, found)
    content_type = request.headers.get("content-type", "application/octet-stream")
    if len(content_type) > MAX_CONTENT_TYPE:
        raise BadRequest(f"Content-Type: at most {MAX_CONTENT_TYPE} characters")
    content = request.body
    if request.method == "PUT":
        _require_precondition(kind, request, found)
    else:  # POST: merge JSON objects, or store a new document
        is_json = request.content_type == "application/json"
        if found is not None and (not is_json or not found.content_type.lower().startswith("application/json")):
            raise BadRequest("a POST merges JSON: both the stored document and this one must be application/json")
        if is_json:
            posted = _json_object(content, "the posted document")
            if found is not None:
                content = json.dumps({**_json_object(found.content, "the stored document"), **posted}).encode()
    now, etag = stored_now(), etag_of(content)
    if found is None:  # two requests creating one document at once: the unique key makes the second a 409
        await save(session, XapiDocument(org_id=org_id, kind=kind.name, scope=scope, document_id=document_id,
                                         content_type=content_type, content=content, etag=etag, updated=now))
        return DocumentAnswer(204, etag=etag)
    # Written only if it is still the version read above: a change another request made meanwhile is not lost.
    written = await session.exec(update(XapiDocument).where(
        col(XapiDocument.id) == found.id, col(XapiDocument.etag) == found.etag).values(
        content=content, content_type=content_type, etag=etag, updated=now))
    if written.rowcount != 1:
        problem = PreconditionFailed if "if-match" in request.headers else Conflict
        raise problem("the document changed while this request was made; read it again and retry")
    return DocumentAnswer(204, etag=etag)


def _require_precondition(kind: DocumentKind, request: LrsRequest, found: XapiDocument | None) -> None:
    """A PUT that would overwrite a document must say which version it replaces (2.0: every document; 1.0.3: the
    profiles, which 1.0.3 also wants to be conditional when they are new)."""
    if "if-match" in request.headers or "if-none-match" in request.headers or (kind is STATE and request.legacy):
        return
    if found is not None:
        raise Conflict("the document exists: send If-Match with its ETag (or If-None-Match: * to create only), "
                       "so no one else's change is overwritten")
    if request.legacy:
        raise BadRequest("a PUT of a profile document needs If-Match (its ETag) or If-None-Match: *")


async def _ids(session: AsyncSession, org_id: str, kind: DocumentKind, scope: str,
               request: LrsRequest) -> DocumentAnswer:
    query = select(XapiDocument).where(XapiDocument.org_id == org_id, XapiDocument.kind == kind.name,
                                       XapiDocument.scope == scope)
    if "since" in request.params:
        query = query.where(XapiDocument.updated > validation.timestamp(request.params["since"], "since"))
    rows = (await session.exec(query.order_by(col(XapiDocument.updated)))).all()
    latest = max((row.updated for row in rows), default=None)
    return DocumentAnswer(200, json.dumps([row.document_id for row in rows]).encode(), "application/json",
                          last_modified=latest)


async def _delete(session: AsyncSession, org_id: str, kind: DocumentKind, scope: str, document_id: str | None,
                  request: LrsRequest) -> DocumentAnswer:
    if document_id is None:
        if not kind.list_delete:
            raise BadRequest(f"{kind.id_param}: the parameter is required")
        await session.exec(delete(XapiDocument).where(
            col(XapiDocument.org_id) == org_id, col(XapiDocument.kind) == kind.name,
            col(XapiDocument.scope) == scope))
        return DocumentAnswer(204)
    found = await _get(session, org_id, kind, scope, document_id)
    _preconditions(request, found)
    if found is not None:
        await remove(session, found)
    return DocumentAnswer(204)


def last_modified(moment: datetime | None) -> str | None:
    return iso(moment) if moment else None
