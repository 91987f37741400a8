"""SCIM 2.0 at `/scim/v2` (through the gateway `/identity/scim/v2`): the organisation's directory provisions
people and groups. A client token with scope `scim`; every answer, errors included, is `application/scim+json`.

Described by its own discovery endpoints (`/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas`), as SCIM
clients read it, rather than in the OpenAPI contract."""

import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request, Response
from scim2_models import (
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    Context,
    EnterpriseUser,
    Error,
    ETag,
    Filter,
    ForbiddenException,
    Group,
    InvalidSyntaxException,
    ListResponse,
    NotFoundException,
    Patch,
    Required,
    ResourceType,
    Schema,
    SCIMException,
    ServiceProviderConfig,
    Sort,
    UnauthorizedException,
    User,
)

from kit.auth import Principal, bearer_token
from kit.db import SessionDep
from kit.problems import Problem
from services.identity import scim
from services.identity.models import Person

router = APIRouter(prefix="/scim/v2", include_in_schema=False)


def _answer(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, default=str), status_code=status, media_type=scim.MEDIA_TYPE, headers=headers)


def _error(error: Error) -> Response:
    return _answer(error.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE), int(error.status or 500))


async def _directory(request: Request) -> Principal:
    """The organisation's directory: a client token with scope `scim`."""
    try:
        principal: Principal = await request.app.state.verifier.verify(bearer_token(request))
    except Problem as exc:
        raise UnauthorizedException(detail=exc.detail) from exc
    if not principal.is_client or "scim" not in principal.scopes:
        raise ForbiddenException(detail="SCIM needs a client token with scope scim")
    return principal


async def _scim(request: Request, work: Callable[[Principal], Awaitable[Response]]) -> Response:
    try:
        return await work(await _directory(request))
    except SCIMException as exc:
        return _error(exc.to_error())


async def _body(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidSyntaxException(detail=f"the body is not JSON ({exc})") from exc


def _base(request: Request) -> str:
    return f"{request.app.state.settings.issuer.rstrip('/')}/scim/v2"


SEARCH_PARAMETERS = ("filter", "startIndex", "count", "attributes", "excludedAttributes", "sortBy", "sortOrder")


def _query(request: Request, model: Any) -> Any:
    return scim.search_request(model, {k: v for k, v in request.query_params.items() if k in SEARCH_PARAMETERS})


async def _user_answer(session: SessionDep, person: Person, request: Request, status: int = 200) -> Response:
    resource = await scim.user_of(session, person, _base(request))
    headers = {"ETag": scim.etag(person.version), **({"Location": f"{_base(request)}/Users/{person.id}"}
                                                     if status == 201 else {})}
    return _answer(resource.model_dump(scim_ctx=_context(status), response_parameters=_query(
        request, scim.SCIM_USER)), status, headers)


def _group_answer(group: Any, request: Request, status: int = 200) -> Response:
    resource = scim.group_of(group, _base(request))
    headers = {"ETag": scim.etag(group.version), **({"Location": f"{_base(request)}/Groups/{group.id}"}
                                                    if status == 201 else {})}
    return _answer(resource.model_dump(scim_ctx=_context(status), response_parameters=_query(request, Group)),
                   status, headers)


def _context(status: int) -> Context:
    return Context.RESOURCE_CREATION_RESPONSE if status == 201 else Context.RESOURCE_QUERY_RESPONSE


async def _list_users(request: Request, session: SessionDep, search: Any) -> Response:
    principal = await _directory(request)
    page = await scim.list_users(session, principal.org, _base(request), search)
    return _answer(page.model_dump(scim_ctx=Context.SEARCH_RESPONSE, response_parameters=search))


async def _list_groups(request: Request, session: SessionDep, search: Any) -> Response:
    principal = await _directory(request)
    page = await scim.list_groups(session, principal.org, _base(request), search)
    return _answer(page.model_dump(scim_ctx=Context.SEARCH_RESPONSE, response_parameters=search))


@router.post("/Users/.search")
async def search_users(request: Request, session: SessionDep) -> Response:
    async def work(_: Principal) -> Response:
        return await _list_users(request, session, scim.search_request(scim.SCIM_USER, await _body(request)))
    return await _scim(request, work)


@router.post("/Groups/.search")
async def search_groups(request: Request, session: SessionDep) -> Response:
    async def work(_: Principal) -> Response:
        return await _list_groups(request, session, scim.search_request(Group, await _body(request)))
    return await _scim(request, work)


@router.post("/.search")
async def search_all(request: Request, session: SessionDep) -> Response:
    """Users and groups at once, users first."""
    async def work(principal: Principal) -> Response:
        body = await _body(request)
        search = scim.search_request(scim.SCIM_USER | Group, body)
        everything = scim.search_request(scim.SCIM_USER | Group, {**body, "startIndex": 1,
                                                                  "count": scim.MAX_RESULTS})
        users = await scim.list_users(session, principal.org, _base(request), everything)
        groups = await scim.list_groups(session, principal.org, _base(request), everything)
        found = [*(users.resources or []), *(groups.resources or [])]
        page = scim.page_of(ListResponse[scim.SCIM_USER | Group], found, search)
        return _answer(page.model_dump(scim_ctx=Context.SEARCH_RESPONSE, response_parameters=search))
    return await _scim(request, work)


@router.get("/Users")
async def list_users(request: Request, session: SessionDep) -> Response:
    async def work(_: Principal) -> Response:
        return await _list_users(request, session, _query(request, scim.SCIM_USER))
    return await _scim(request, work)


@router.post("/Users")
async def create_user(request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        person = await scim.create_user(session, request.app.state.outbox, principal.org, await _body(request))
        return await _user_answer(session, person, request, 201)
    return await _scim(request, work)


@router.get("/Users/{user_id}")
async def get_user(user_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        return await _user_answer(session, await scim.user(session, principal.org, user_id), request)
    return await _scim(request, work)


@router.put("/Users/{user_id}")
async def replace_user(user_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        person = await scim.user(session, principal.org, user_id)
        scim.check_version(request.headers.get("If-Match"), person.version)
        person = await scim.replace_user(session, request.app.state.outbox, person, await _body(request))
        return await _user_answer(session, person, request)
    return await _scim(request, work)


@router.patch("/Users/{user_id}")
async def patch_user(user_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        person = await scim.user(session, principal.org, user_id)
        scim.check_version(request.headers.get("If-Match"), person.version)
        person = await scim.patch_user(session, request.app.state.outbox, person, await _body(request),
                                       _base(request))
        return await _user_answer(session, person, request)
    return await _scim(request, work)


@router.delete("/Users/{user_id}")
async def delete_user(user_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        person = await scim.user(session, principal.org, user_id)
        scim.check_version(request.headers.get("If-Match"), person.version)
        await scim.remove_user(session, request.app.state.outbox, person)
        return Response(status_code=204)
    return await _scim(request, work)


@router.get("/Groups")
async def list_groups(request: Request, session: SessionDep) -> Response:
    async def work(_: Principal) -> Response:
        return await _list_groups(request, session, _query(request, Group))
    return await _scim(request, work)


@router.post("/Groups")
async def create_group(request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        group = await scim.create_group(session, request.app.state.outbox, principal.org, await _body(request))
        return _group_answer(group, request, 201)
    return await _scim(request, work)


@router.get("/Groups/{group_id}")
async def get_group(group_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        return _group_answer(await scim.group(session, principal.org, group_id), request)
    return await _scim(request, work)


@router.put("/Groups/{group_id}")
async def replace_group(group_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        group = await scim.group(session, principal.org, group_id)
        scim.check_version(request.headers.get("If-Match"), group.version)
        group = await scim.replace_group(session, request.app.state.outbox, group, await _body(request))
        return _group_answer(group, request)
    return await _scim(request, work)


@router.patch("/Groups/{group_id}")
async def patch_group(group_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        group = await scim.group(session, principal.org, group_id)
        scim.check_version(request.headers.get("If-Match"), group.version)
        group = await scim.patch_group(session, request.app.state.outbox, group, await _body(request),
                                       _base(request))
        return _group_answer(group, request)
    return await _scim(request, work)


@router.delete("/Groups/{group_id}")
async def delete_group(group_id: str, request: Request, session: SessionDep) -> Response:
    async def work(principal: Principal) -> Response:
        group = await scim.group(session, principal.org, group_id)
        await scim.delete_group(session, request.app.state.outbox, group)
        return Response(status_code=204)
    return await _scim(request, work)


def service_provider_config(base: str) -> ServiceProviderConfig:
    return ServiceProviderConfig(
        documentation_uri="https://github.com/netwise/netwise#readme",
        patch=Patch(supported=True), bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=scim.MAX_RESULTS), change_password=ChangePassword(supported=False),
        sort=Sort(supported=False), etag=ETag(supported=True),
        authentication_schemes=[AuthenticationScheme(
            type="oauthbearertoken", name="OAuth Bearer Token", primary=True,
            description="A netwise client token with scope scim (client credentials at /identity/v1/oauth/token)")],
        meta={"resource_type": "ServiceProviderConfig", "location": f"{base}/ServiceProviderConfig"})


RESOURCES: dict[str, Any] = {"User": scim.SCIM_USER, "Group": Group}


@router.get("/ServiceProviderConfig")
async def get_service_provider_config(request: Request) -> Response:
    return _answer(service_provider_config(_base(request)).model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))


def _resource_types(base: str) -> list[ResourceType]:
    types = []
    for name, model in RESOURCES.items():
        kind = ResourceType.from_resource(model)
        kind.meta = {"resource_type": "ResourceType", "location": f"{base}/ResourceTypes/{name}"}  # type: ignore[assignment]
        types.append(kind)
    return types


# What netwise keeps of a directory's user and group, and so publishes: nothing more is stored (no phone numbers,
# addresses or photos: data it has no use for). A person needs a name and an e-mail, so both are required.
KEPT = {
    "User": {"userName": None, "name": {"formatted"}, "active": None, "emails": {"value"}},
    "EnterpriseUser": {"department": None, "manager": {"value", "$ref"}},
    "Group": {"displayName": None, "members": {"value", "$ref", "type"}},
}
REQUIRED = {"name", "active", "emails", "emails.value", "name.formatted"}


def _kept(schema: Schema, kept: dict[str, set[str] | None]) -> Schema:
    attributes = []
    for attribute in schema.attributes or []:
        if attribute.name not in kept:
            continue
        subs = kept[attribute.name]
        if subs is not None:
            attribute.sub_attributes = [sub for sub in attribute.sub_attributes or [] if sub.name in subs]
            for sub in attribute.sub_attributes:
                if f"{attribute.name}.{sub.name}" in REQUIRED:
                    sub.required = Required.true
        if attribute.name in REQUIRED:
            attribute.required = Required.true
        attributes.append(attribute)
    schema.attributes = attributes
    return schema


def _schemas() -> list[Any]:
    return [_kept(User.to_schema(), KEPT["User"]), _kept(EnterpriseUser.to_schema(), KEPT["EnterpriseUser"]),
            _kept(Group.to_schema(), KEPT["Group"])]


@router.get("/ResourceTypes")
async def list_resource_types(request: Request) -> Response:
    types = _resource_types(_base(request))
    page = ListResponse[ResourceType](total_results=len(types), start_index=1, items_per_page=len(types),
                                      resources=types)
    return _answer(page.model_dump(scim_ctx=Context.SEARCH_RESPONSE))


@router.get("/ResourceTypes/{name}")
async def get_resource_type(name: str, request: Request) -> Response:
    for kind in _resource_types(_base(request)):
        if kind.id == name:
            return _answer(kind.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))
    return _error(NotFoundException(detail=f"no resource type {name}").to_error())


@router.get("/Schemas")
async def list_schemas(request: Request) -> Response:
    schemas = _schemas()
    page = ListResponse[Schema](total_results=len(schemas), start_index=1, items_per_page=len(schemas),
                             resources=schemas)
    return _answer(page.model_dump(scim_ctx=Context.SEARCH_RESPONSE))


@router.get("/Schemas/{schema_id}")
async def get_schema(schema_id: str) -> Response:
    for schema in _schemas():
        if schema.id == schema_id:
            return _answer(schema.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))
    return _error(NotFoundException(detail=f"no schema {schema_id}").to_error())


@router.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def unknown(rest: str, request: Request) -> Response:
    """Anything else under the prefix: SCIM's 404 (or 405 on a discovery endpoint), not the API's problem."""
    if rest.split("/")[0] in ("ServiceProviderConfig", "ResourceTypes", "Schemas"):
        return _answer(Error(status=405, detail=f"{request.method} is not allowed here; use GET").model_dump(
            scim_ctx=Context.RESOURCE_QUERY_RESPONSE), 405, {"Allow": "GET"})
    return _error(NotFoundException(detail=f"there is no /scim/v2/{rest}").to_error())
