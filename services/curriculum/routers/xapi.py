"""xAPI: the organisation's Learning Record Store at `/xapi/` (xAPI 2.0 and 1.0.3), which LMSs and content reach
with the LRS credentials its admins make here, and the admin endpoints for those credentials."""

import json
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import select

from kit.app import OutboxDep, PublicBase
from kit.db import SessionDep, remove
from kit.events import Outbox
from kit.ids import utcnow
from kit.inputs import checks_nul_itself
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.problems import BadRequest, Forbidden, NotFound, Problem, instance_of
from kit.tenancy import of_org_where, org_filters, owned
from services.curriculum.deps import PlatformAdmin
from services.curriculum.models import XapiCredential, XapiMapping
from services.curriculum.schemas import (
    XapiCredentialCreate,
    XapiCredentialCreated,
    XapiCredentialPublic,
    XapiMappingCreate,
    XapiMappingPublic,
)
from services.curriculum.xapi import credentials, documents, mapping, statements, validation
from services.curriculum.xapi.protocol import LrsRequest, VersionMissing, json_param, problem_with_version, read

router = APIRouter(prefix="/v1/xapi", tags=["xapi"])
lrs_router = APIRouter(prefix="/xapi", include_in_schema=False)
ABOUT = {"version": ["1.0.3", "2.0.0"], "extensions": {}}
DOCUMENT_RESOURCES = {"activities/state": documents.STATE, "activities/profile": documents.ACTIVITY_PROFILE,
                      "agents/profile": documents.AGENT_PROFILE}
RESOURCES = {"about", "statements", "activities", "agents", *DOCUMENT_RESOURCES}
_CREDENTIALS = Listing(lambda: select(XapiCredential).where(*of_org_where(XapiCredential)), XapiCredential.id)
_MAPPINGS = Listing(lambda *given: select(*columns_of(XapiMapping, XapiMappingPublic)).where(
    *of_org_where(XapiMapping, *given)), XapiMapping.id)


def _endpoint(base: str) -> str:
    return f"{base}/xapi/"


@router.post("/credentials", response_model=XapiCredentialCreated, status_code=201,
             summary="Make LRS credentials for an LMS or content (the secret is shown only now)")
async def create_credential(body: XapiCredentialCreate, principal: PlatformAdmin, session: SessionDep,
                            base: PublicBase, response: Response) -> XapiCredentialCreated:
    credential, secret = await credentials.create(session, principal.org, body.name, body.access == "write")
    response.headers["Location"] = f"/v1/xapi/credentials/{credential.id}"
    return XapiCredentialCreated(**XapiCredentialPublic.model_validate(credential).model_dump(), secret=secret,
                                 endpoint=_endpoint(base))


@router.get("/credentials", response_model=Page[XapiCredentialPublic], summary="The organisation's LRS credentials")
async def list_credentials(principal: PlatformAdmin, session: SessionDep,
                           pager: PagerDep) -> Page[XapiCredentialPublic]:
    return await pager.presented(session, _CREDENTIALS, (), {"org_id": principal.org},
                                 XapiCredentialPublic.model_validate)


@router.get("/credentials/{credential_id}", response_model=XapiCredentialPublic, summary="LRS credentials")
async def get_credential(credential_id: str, principal: PlatformAdmin, session: SessionDep) -> XapiCredentialPublic:
    return XapiCredentialPublic.model_validate(
        await owned(session, XapiCredential, principal.org, credential_id, "LRS credential"))


@router.delete("/credentials/{credential_id}", status_code=204, response_class=Response,
               summary="Revoke LRS credentials: requests with them are refused from now on")
async def revoke_credential(credential_id: str, principal: PlatformAdmin, session: SessionDep) -> Response:
    credential = await owned(session, XapiCredential, principal.org, credential_id, "LRS credential")
    await credentials.revoke(session, credential)
    return Response(status_code=204)


@router.post("/mappings", response_model=XapiMappingPublic, status_code=201,
             summary="Map an activity IRI to a module or track: its statements count as their completions",
             description="A statement for the activity whose verb is `completed` or `passed` (or whose result says "
             "completion or success), by one of the organisation's people, completes the module or track; its "
             "`result.duration` becomes learning time in analytics. An activity is mapped once (409 otherwise).")
async def create_mapping(body: XapiMappingCreate, principal: PlatformAdmin, session: SessionDep,
                         response: Response) -> XapiMappingPublic:
    found = await mapping.create(session, principal.org, body)
    response.headers["Location"] = f"/v1/xapi/mappings/{found.id}"
    return XapiMappingPublic.model_validate(found)


@router.get("/mappings", response_model=Page[XapiMappingPublic], summary="The organisation's activity mappings")
async def list_mappings(
    principal: PlatformAdmin, session: SessionDep, pager: PagerDep,
    activity_id: Annotated[str | None, Query(max_length=2000, description="Whether this IRI is mapped")] = None,
    module_id: Annotated[str | None, Query(max_length=36)] = None,
    track_id: Annotated[str | None, Query(max_length=36)] = None,
) -> Page[XapiMappingPublic]:
    activity_key = statements.key(activity_id) if activity_id is not None else None
    shape, values = org_filters(principal.org, activity_key=activity_key, module_id=module_id, track_id=track_id)
    rows, cursor = await pager.listed(session, _MAPPINGS, shape, values)
    return page_of(XapiMappingPublic, rows, cursor)


@router.get("/mappings/{mapping_id}", response_model=XapiMappingPublic, summary="An activity mapping")
async def get_mapping(mapping_id: str, principal: PlatformAdmin, session: SessionDep) -> XapiMappingPublic:
    return XapiMappingPublic.model_validate(
        await owned(session, XapiMapping, principal.org, mapping_id, "activity mapping"))


@router.delete("/mappings/{mapping_id}", status_code=204, response_class=Response,
               summary="Unmap an activity: its statements from now on count for nothing (what counted stays)")
async def delete_mapping(mapping_id: str, principal: PlatformAdmin, session: SessionDep) -> Response:
    await remove(session, await owned(session, XapiMapping, principal.org, mapping_id, "activity mapping"))
    return Response(status_code=204)


@lrs_router.api_route("/{resource:path}", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
@checks_nul_itself  # an xAPI client is told 400, as the spec says, not 422
async def lrs(resource: str, request: Request, session: SessionDep, outbox: OutboxDep, base: PublicBase) -> Response:
    """Every LRS resource: the version header, credentials and the alternate request syntax first, then the
    resource's own rules. Errors keep xAPI's status codes and carry the version header too."""
    version = "2.0.0"
    try:
        resource = resource.strip("/")
        if resource not in RESOURCES:
            raise NotFound(f"there is no xAPI resource {resource!r}; see {_endpoint(base)}about")
        if resource == "about":
            if request.method not in ("GET", "HEAD"):
                raise BadRequest("the About resource only answers GET")
            return _json(ABOUT, version, head=request.method == "HEAD")
        if any("\x00" in value for value in request.query_params.values()):
            raise BadRequest("a parameter holds the NUL character (U+0000)")
        lrs_request = await read(request)
        version = lrs_request.version or version
        client = await credentials.authenticate(session, lrs_request.headers.get("authorization", ""),
                                                request.app.state.verifier, f"{base}/xapi")
        if not lrs_request.version:
            version = client.last_version or version
            raise VersionMissing("X-Experience-API-Version: the header is required, e.g. 2.0.0 or 1.0.3")
        await credentials.remember_version(session, client, version)
        if lrs_request.method not in ("GET", "HEAD") and not client.may_write:
            raise Forbidden("these LRS credentials may only read")
        answer = await _dispatch(resource, lrs_request, client, session, outbox, instance_of(request), base)
        answer.headers["X-Experience-API-Version"] = version
        return answer
    except Problem as problem:
        if resource == "statements" and request.method in ("GET", "HEAD"):  # on every answer to a GET, errors too
            problem.headers["X-Experience-API-Consistent-Through"] = statements.iso(utcnow())
        raise problem_with_version(problem, version) from None


async def _dispatch(resource: str, request: LrsRequest, client: credentials.LrsClient, session: SessionDep,
                    outbox: Outbox, path: str, base: str) -> Response:
    head = request.method == "HEAD"
    if resource == "statements":
        return await _statements(request, client, session, outbox, path, base)
    if resource in DOCUMENT_RESOURCES:
        if request.method not in ("GET", "HEAD", "PUT", "POST", "DELETE"):
            raise BadRequest(f"{request.method} is not a method of this resource")
        answer = await documents.handle(session, client.org_id, DOCUMENT_RESOURCES[resource], request)
        headers = {}
        if answer.etag:
            headers["ETag"] = answer.etag
        if answer.last_modified:
            headers["Last-Modified"] = statements.iso(answer.last_modified)
        return Response(b"" if head or answer.status == 204 else answer.content, status_code=answer.status,
                        media_type=answer.content_type, headers=headers)
    if request.method not in ("GET", "HEAD"):
        raise BadRequest(f"the {resource} resource only answers GET")
    if resource == "activities":
        if set(request.params) != {"activityId"}:
            raise BadRequest("activityId: the Activities resource takes this one parameter")
        activity_id = validation.iri(request.params["activityId"], "activityId")
        return _json(await statements.activity_object(session, client.org_id, activity_id), request.version, head)
    if set(request.params) != {"agent"}:
        raise BadRequest("agent: the Agents resource takes this one parameter")
    agent = json_param(request, "agent")
    validation.actor(agent, "agent")
    return _json(_person(agent), request.version, head)


def _person(agent: dict[str, Any]) -> dict[str, Any]:
    """The Person object of the Agents resource: what the LRS knows of the agent (here: what was given)."""
    person: dict[str, Any] = {"objectType": "Person"}
    for name in ("name", *validation.IFIS):
        if name in agent:
            person[name] = [agent[name]]
    return person


async def _statements(request: LrsRequest, client: credentials.LrsClient, session: SessionDep, outbox: Outbox,
                      path: str, base: str) -> Response:
    if request.method in ("PUT", "POST"):
        if request.method == "PUT":
            if "statementId" not in request.params or set(request.params) - {"statementId"}:
                raise BadRequest("statementId: a PUT names the statement it stores, and takes no other parameter")
            statement_id = validation.uuid(request.params["statementId"], "statementId")
            stored = await statements.store(session, client.org_id, request, client.authority,
                                            statement_id=statement_id)
            await mapping.count(session, outbox, client.org_id, stored.new, base)
            return Response(status_code=204)
        if request.params:
            raise BadRequest(f"{sorted(request.params)[0]}: a POST of statements takes no parameters")
        stored = await statements.store(session, client.org_id, request, client.authority)
        await mapping.count(session, outbox, client.org_id, stored.new, base)
        return _json(stored.ids, request.version)
    if request.method == "DELETE":
        raise BadRequest("statements are never deleted; void one by storing a voiding statement")
    consistent = {"X-Experience-API-Consistent-Through": statements.iso(utcnow())}
    if "statementId" in request.params or "voidedStatementId" in request.params:
        found = await statements.single(session, client.org_id, request)
        document: Any = found.statements[0]
        assert found.last_modified is not None
        consistent["Last-Modified"] = statements.iso(found.last_modified)
    else:
        found = await statements.query(session, client.org_id, request, path)
        document = {"statements": found.statements, "more": found.more or ""}
    head = request.method == "HEAD"
    if request.params.get("attachments") == "true":
        return _multipart(document, found.attachments, consistent, head)
    return _json(document, request.version, head, consistent)


def _json(document: Any, version: str, head: bool = False, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(document, ensure_ascii=False).encode()
    return Response(b"" if head else body, media_type="application/json",
                    headers={"X-Experience-API-Version": version, **(headers or {})})


def _multipart(document: Any, attachments: list[Any], headers: dict[str, str], head: bool) -> Response:
    """A statement result with its attachments' raw content, as xAPI's multipart/mixed."""
    boundary = secrets.token_hex(16)
    chunks = [f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode(),
              json.dumps(document, ensure_ascii=False).encode(), b"\r\n"]
    for attachment in attachments:
        chunks += [f"--{boundary}\r\nContent-Type: {attachment.content_type}\r\nContent-Transfer-Encoding: binary"
                   f"\r\nX-Experience-API-Hash: {attachment.sha2}\r\n\r\n".encode(), attachment.content, b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode())
    return Response(b"" if head else b"".join(chunks), media_type=f"multipart/mixed; boundary={boundary}",
                    headers=headers)
