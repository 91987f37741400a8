"""SCIM 2.0 at `/scim/v2` (through the gateway `/identity/scim/v2`): the organisation's directory provisions
people and groups. A client token with scope `scim`; every answer, errors included, is `application/scim+json`.

Described by its own discovery endpoints (`/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas`), as SCIM
clients read it, rather than in the OpenAPI contract."""

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
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


def _context(status: int) -> Context:
    return Context.RESOURCE_CREATION_RESPONSE if status == 201 else Context.RESOURCE_QUERY_RESPONSE


async def _group_resource(_session: Any, group: Any, base: str) -> Group:
    return scim.group_of(group, base)


@dataclass(frozen=True)
class Kind:
    """One kind of SCIM resource, and the rules of scim.py that serve it: Users and Groups answer alike."""

    name: str  # the endpoint, "Users"
    model: Any
    find: Callable[..., Awaitable[Any]]  # (session, org, id) -> the row, or notFound
    create: Callable[..., Awaitable[Any]]  # (session, outbox, org, payload)
    replace: Callable[..., Awaitable[Any]]  # (session, outbox, row, payload)
    patch: Callable[..., Awaitable[Any]]  # (session, outbox, row, payload, base)
    remove: Callable[..., Awaitable[None]]  # (session, outbox, row)
    search: Callable[..., Awaitable[Any]]  # (session, org, base, search request) -> ListResponse
    resource: Callable[..., Awaitable[Any]]  # (session, row, base) -> the SCIM resource

    async def answer(self, session: Any, row: Any, request: Request, status: int = 200) -> Response:
        resource = await self.resource(session, row, _base(request))
        headers = {"ETag": scim.etag(row.version),
                   **({"Location": f"{_base(request)}/{self.name}/{row.id}"} if status == 201 else {})}
        return _answer(resource.model_dump(scim_ctx=_context(status), response_parameters=_query(
            request, self.model)), status, headers)

    async def listing(self, request: Request, session: Any, search: Any) -> Response:
        principal = await _directory(request)
        page = await self.search(session, principal.org, _base(request), search)
        return _answer(page.model_dump(scim_ctx=Context.SEARCH_RESPONSE, response_parameters=search))


USERS = Kind("Users", scim.SCIM_USER, scim.user, scim.create_user, scim.replace_user, scim.patch_user,
             scim.remove_user, scim.list_users, scim.user_of)
GROUPS = Kind("Groups", Group, scim.group, scim.create_group, scim.replace_group, scim.patch_group,
              scim.delete_group, scim.list_groups, _group_resource)


def _serve(kind: Kind) -> None:
    """The endpoints of one kind: list, search, create, read, replace, patch, delete (If-Match honoured)."""

    async def changed(request: Request, session: SessionDep, resource_id: str,
                      change: Callable[[Any], Awaitable[Any]]) -> Response:
        async def work(principal: Principal) -> Response:
            row = await kind.find(session, principal.org, resource_id)
            scim.check_version(request.headers.get("If-Match"), row.version)
            changed_row = await change(row)
            return Response(status_code=204) if changed_row is None else await kind.answer(session, changed_row,
                                                                                          request)
        return await _scim(request, work)

    @router.get(f"/{kind.name}")
    async def listing(request: Request, session: SessionDep) -> Response:
        return await _scim(request, lambda _: kind.listing(request, session, _query(request, kind.model)))

    @router.post(f"/{kind.name}/.search")
    async def search(request: Request, session: SessionDep) -> Response:
        async def work(_: Principal) -> Response:
            return await kind.listing(request, session, scim.search_request(kind.model, await _body(request)))
        return await _scim(request, work)

    @router.post(f"/{kind.name}")
    async def create(request: Request, session: SessionDep) -> Response:
        async def work(principal: Principal) -> Response:
            row = await kind.create(session, request.app.state.outbox, principal.org, await _body(request))
            return await kind.answer(session, row, request, 201)
        return await _scim(request, work)

    @router.get(f"/{kind.name}/{{resource_id}}")
    async def read(resource_id: str, request: Request, session: SessionDep) -> Response:
        async def work(principal: Principal) -> Response:
            return await kind.answer(session, await kind.find(session, principal.org, resource_id), request)
        return await _scim(request, work)

    @router.put(f"/{kind.name}/{{resource_id}}")
    async def replace(resource_id: str, request: Request, session: SessionDep) -> Response:
        async def change(row: Any) -> Any:
            return await kind.replace(session, request.app.state.outbox, row, await _body(request))
        return await changed(request, session, resource_id, change)

    @router.patch(f"/{kind.name}/{{resource_id}}")
    async def patch(resource_id: str, request: Request, session: SessionDep) -> Response:
        async def change(row: Any) -> Any:
            return await kind.patch(session, request.app.state.outbox, row, await _body(request), _base(request))
        return await changed(request, session, resource_id, change)

    @router.delete(f"/{kind.name}/{{resource_id}}")
    async def delete(resource_id: str, request: Request, session: SessionDep) -> Response:
        async def change(row: Any) -> None:
            await kind.remove(session, request.app.state.outbox, row)
        return await changed(request, session, resource_id, change)


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


for _kind in (USERS, GROUPS):
    _serve(_kind)


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
