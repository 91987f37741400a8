"""The organisation's directory keeps people current by SCIM 2.0 (RFC 7643/7644), as Entra ID and Okta send it.

A SCIM User is a view of a person: `userName` is the e-mail, `name` the name, `active` the status, `externalId`
the directory's id, and the enterprise extension's `department` the org unit (by name, made when new) and
`manager` the manager. Every change goes through identity's own rules (service.py), so it emits the same events
as the REST API: a person deactivated by SCIM stops everywhere, as one deactivated by an admin does. A Group is
kept with its members; the identity provider's group mappings (`group_roles`, `group_units`, by the group's
display name) give its members roles and an org unit.

Parsing, filters and PATCH are scim2-models'; this module maps resources to people and back. Errors are its
SCIMExceptions, which the router answers as SCIM error bodies.
"""

import re
from typing import Any, TypeVar

from pydantic import ValidationError
from scim2_models import (
    Context,
    EnterpriseUser,
    Group,
    GroupMember,
    InvalidFilterException,
    InvalidValueException,
    ListResponse,
    Manager,
    Meta,
    Name,
    NotFoundException,
    PatchOp,
    PreconditionFailedException,
    Resource,
    ScimPolicy,
    SearchRequest,
    UniquenessException,
    User,
)
from scim2_models import Email as ScimEmail
from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import remove
from kit.events import Outbox
from kit.ids import utcnow
from kit.problems import Conflict, Problem, field_path
from services.identity import repositories as repo
from services.identity import service
from services.identity.group_mappings import follow_groups, maps_groups
from services.identity.models import DirectoryGroup, IdentityProvider, OrgUnit, Person
from services.identity.schemas import JobFunction, OrgUnitCreate, PersonCreate, PersonStatus, PersonUpdate, Role

SCIM_USER = User[EnterpriseUser]
MEDIA_TYPE = "application/scim+json"
MAX_RESULTS = 200
# As tolerant as Entra ID and Okta need: unknown attributes dropped, `remove` with a value, filters that match
# no entry yet add it.
POLICY = ScimPolicy(unknown=ScimPolicy.Unknown.ignore, remove_value_as_filter=ScimPolicy.RemoveValue.apply,
                    unmatched_path_filter=ScimPolicy.UnmatchedPathFilter.create)
VERSION = re.compile(r'^(?:W/)?"(\d+)"$')


R = TypeVar("R", bound=Resource[Any])  # a User or a Group


def etag(version: int) -> str:
    return f'W/"{version}"'


def check_version(if_match: str | None, version: int) -> None:
    if if_match is not None and if_match.strip() != "*" and not any(
            (m := VERSION.match(tag.strip())) and int(m.group(1)) == version for tag in if_match.split(",")):
        raise PreconditionFailedException(detail=f"the resource is at version {etag(version)}")


# -- users --------------------------------------------------------------------------------------------------------

async def user_of(session: AsyncSession, person: Person, base: str) -> SCIM_USER:
    unit = await session.get(OrgUnit, person.org_unit_id) if person.org_unit_id else None
    user = SCIM_USER(
        id=person.id, external_id=person.external_id, user_name=person.user_name or person.email,
        name=Name(formatted=person.name), active=person.status == PersonStatus.active,
        emails=[ScimEmail(value=person.email)],
        meta=Meta(resource_type="User", created=person.created_at, last_modified=person.updated_at,
                  version=etag(person.version), location=f"{base}/Users/{person.id}"))
    user[EnterpriseUser] = EnterpriseUser(department=unit.name if unit else None,
                                         manager=Manager(value=person.manager_id,
                                                         ref=f"{base}/Users/{person.manager_id}")
                                         if person.manager_id else None)
    return user


def parse(model: type[R], payload: Any, context: Context) -> R:
    """A User or Group from a request body, or SCIM's invalidValue naming the first bad attribute."""
    try:
        return model.model_validate(payload, scim_ctx=context, scim_policy=POLICY)
    except ValidationError as exc:
        raise InvalidValueException(detail=_first_error(exc)) from exc


def patched(model: type[R], resource: R, payload: Any) -> R:
    """`resource` with a PatchOp body applied (SCIM's invalidValue when the body or an operation is bad)."""
    try:
        patch = PatchOp[model].model_validate(  # type: ignore[valid-type]
            payload, scim_ctx=Context.RESOURCE_PATCH_REQUEST, scim_policy=POLICY)
        patch.patch(resource, scim_policy=POLICY)
    except ValidationError as exc:
        raise InvalidValueException(detail=_first_error(exc)) from exc
    return resource


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = field_path(error["loc"])
    return f"{where}: {error['msg']}" if where else str(error["msg"])


async def _fields(session: AsyncSession, outbox: Outbox, org_id: str, user: SCIM_USER) -> dict[str, Any]:
    """What the resource says of the person, in identity's terms."""
    user_name = (user.user_name or "").strip()
    if not user_name:
        raise InvalidValueException(detail="userName is required")
    emails = sorted(user.emails or [], key=lambda e: (not e.primary, e.type != "work"))
    email = (user_name if "@" in user_name else str(emails[0].value) if emails and emails[0].value else "").lower()
    if not email:
        raise InvalidValueException(detail="a user needs an e-mail: as userName, or in emails")
    name = (user.name.formatted if user.name and user.name.formatted else None) or \
        " ".join(p for p in ((user.name.given_name, user.name.family_name) if user.name else ()) if p) or \
        user.display_name or email.partition("@")[0]
    fields: dict[str, Any] = {"email": email, "name": name[:200], "user_name": None if user_name.lower() == email
                              else user_name,
                              "status": PersonStatus.active if user.active is not False else PersonStatus.deactivated}
    enterprise = user[EnterpriseUser]
    department = enterprise.department if enterprise else None
    fields["org_unit_id"] = await _unit_named(session, outbox, org_id, department) if department else None
    manager = enterprise.manager.value if enterprise and enterprise.manager else None
    if manager is not None:
        found = await session.get(Person, manager)
        if found is None or found.org_id != org_id:
            raise InvalidValueException(detail=f"manager {manager} is not a user of this organisation")
    fields["manager_id"] = manager
    return fields


async def _unit_named(session: AsyncSession, outbox: Outbox, org_id: str, name: str) -> str:
    """The org unit a directory's department names; made the first time a department appears."""
    for unit in await repo.org_units(session, org_id):
        if unit.name == name:
            return unit.id
    return (await service.create_org_unit(session, outbox, org_id, OrgUnitCreate(name=name[:200]))).id


async def create_user(session: AsyncSession, outbox: Outbox, org_id: str, payload: Any) -> Person:
    user = parse(SCIM_USER, payload, Context.RESOURCE_CREATION_REQUEST)
    fields = await _fields(session, outbox, org_id, user)
    existing = await repo.person_by_email(session, org_id, fields["email"])
    if existing is not None and existing.directory_removed_at is not None:  # removed once, provisioned again
        existing.directory_removed_at = None
        return await _apply(session, outbox, existing, user)
    if existing is not None:
        raise UniquenessException(detail=f"userName {fields['email']} is already a user of this organisation")
    await _unique(session, org_id, None, external_id=user.external_id, user_name=fields["user_name"])
    try:
        person = await service.create_person(session, outbox, org_id, PersonCreate(
            email=fields["email"], name=fields["name"], job_function=JobFunction.other,
            org_unit_id=fields["org_unit_id"], manager_id=fields["manager_id"], roles=[Role.learner]))
    except ValidationError as exc:
        raise InvalidValueException(detail=_first_error(exc)) from exc
    person.external_id, person.user_name = user.external_id, fields["user_name"]
    if fields["status"] == PersonStatus.deactivated:
        await service.deactivate_person(session, outbox, person)
    await session.flush()
    return person


async def replace_user(session: AsyncSession, outbox: Outbox, person: Person, payload: Any) -> Person:
    return await _apply(session, outbox, person, parse(SCIM_USER, payload, Context.RESOURCE_REPLACEMENT_REQUEST))


def _manager_as_value(payload: Any) -> Any:
    """Entra ID sets the enterprise `manager` to the manager's id itself, not to `{"value": id}`."""
    for operation in payload.get("Operations", []) if isinstance(payload, dict) else []:
        if isinstance(operation, dict) and str(operation.get("path", "")).endswith(":manager") \
                and isinstance(operation.get("value"), str):
            operation["value"] = {"value": operation["value"]}
    return payload


async def patch_user(session: AsyncSession, outbox: Outbox, person: Person, payload: Any, base: str) -> Person:
    payload = _manager_as_value(payload)
    user = patched(SCIM_USER, await user_of(session, person, base), payload)
    return await _apply(session, outbox, person, user)


async def _apply(session: AsyncSession, outbox: Outbox, person: Person, user: SCIM_USER) -> Person:
    fields = await _fields(session, outbox, person.org_id, user)
    user_name = fields.pop("user_name")
    if fields["email"] != person.email and await repo.person_by_email(session, person.org_id, fields["email"]):
        raise UniquenessException(detail=f"userName {fields['email']} is already a user of this organisation")
    await _unique(session, person.org_id, person.id, external_id=user.external_id, user_name=user_name)
    try:
        person = await service.update_person(session, outbox, person, PersonUpdate(**fields))
    except ValidationError as exc:
        raise InvalidValueException(detail=_first_error(exc)) from exc
    except Conflict as exc:
        raise UniquenessException(detail=exc.detail) from exc
    except Problem as exc:
        raise InvalidValueException(detail=exc.detail) from exc
    if (person.external_id, person.user_name) != (user.external_id, user_name):
        person.external_id, person.user_name = user.external_id, user_name
        await session.flush()
    return person


async def _unique(session: AsyncSession, org_id: str, own: str | None, *, external_id: str | None,
                  user_name: str | None) -> None:
    for column, value, name in ((Person.external_id, external_id, "externalId"),
                                (Person.user_name, user_name, "userName")):
        if value is None:
            continue
        taken = (await session.exec(select(Person).where(Person.org_id == org_id, col(column) == value))).first()
        if taken is not None and taken.id != own:
            raise UniquenessException(detail=f"{name} {value} is already another user's")


async def remove_user(session: AsyncSession, outbox: Outbox, person: Person) -> None:
    """SCIM's DELETE: the person is deactivated, as through the REST API, and the directory sees them no more;
    netwise keeps them for history (and provisioning the same userName again brings them back)."""
    if person.status == PersonStatus.active:
        await service.deactivate_person(session, outbox, person)
    person.directory_removed_at = utcnow()
    session.add(person)
    await session.flush()


async def user(session: AsyncSession, org_id: str, user_id: str) -> Person:
    found = await session.get(Person, user_id)
    if found is None or found.org_id != org_id or found.directory_removed_at is not None:
        raise NotFoundException(detail=f"no user {user_id}")
    return found


async def list_users(session: AsyncSession, org_id: str, base: str, search: SearchRequest[Any]
                     ) -> ListResponse[SCIM_USER]:
    query = select(Person).where(Person.org_id == org_id, col(Person.directory_removed_at).is_(None)) \
        .order_by(col(Person.created_at), col(Person.id))
    matcher = search.filter
    simple = _equality(str(matcher) if matcher is not None else None)
    if simple is not None:  # what directories send before each write: one user by userName or externalId
        attribute, value = simple
        query = query.where(or_(col(Person.email) == value.lower(), col(Person.user_name) == value)
                            if attribute == "username" else col(Person.external_id) == value)
    people = (await session.exec(query)).all()
    users = [u for u in [await user_of(session, p, base) for p in people] if matcher is None or
             matcher.match(u)]
    return page_of(ListResponse[SCIM_USER], users, search)


EQUALITY = re.compile(r'^\s*(userName|externalId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$', re.IGNORECASE)


def _equality(filter: str | None) -> tuple[str, str] | None:
    match = EQUALITY.match(filter or "")
    return (match.group(1).lower(), match.group(2).replace('\\"', '"')) if match else None


def search_request(model: Any, values: dict[str, Any]) -> SearchRequest[Any]:
    """The query's filter, paging and attribute selection; a bad filter is `invalidFilter`."""
    try:
        return SearchRequest[model].model_validate(values, scim_ctx=Context.SEARCH_REQUEST, scim_policy=POLICY)
    except ValidationError as exc:
        if any("filter" in str(error["loc"]) for error in exc.errors()):
            raise InvalidFilterException(detail=_first_error(exc)) from exc
        raise InvalidValueException(detail=_first_error(exc)) from exc


def page_of(list_type: Any, resources: list[Any], search: SearchRequest[Any]) -> Any:
    start = max(search.start_index or 1, 1)
    count = max(0, min(search.count if search.count is not None else MAX_RESULTS, MAX_RESULTS))
    chosen = resources[start - 1:start - 1 + count]
    return list_type(total_results=len(resources), start_index=start, items_per_page=len(chosen),
                     resources=chosen)


# -- groups -------------------------------------------------------------------------------------------------------

def group_of(group: DirectoryGroup, base: str) -> Group:
    return Group(id=group.id, external_id=group.external_id, display_name=group.display_name,
                 members=[GroupMember(value=member, ref=f"{base}/Users/{member}", type="User")
                          for member in group.members],
                 meta=Meta(resource_type="Group", created=group.created_at, last_modified=group.updated_at,
                           version=etag(group.version), location=f"{base}/Groups/{group.id}"))


async def group(session: AsyncSession, org_id: str, group_id: str) -> DirectoryGroup:
    found = await session.get(DirectoryGroup, group_id)
    if found is None or found.org_id != org_id:
        raise NotFoundException(detail=f"no group {group_id}")
    return found


async def create_group(session: AsyncSession, outbox: Outbox, org_id: str, payload: Any) -> DirectoryGroup:
    resource = parse(Group, payload, Context.RESOURCE_CREATION_REQUEST)
    name = await _group_name(session, org_id, resource.display_name, None)
    created = DirectoryGroup(org_id=org_id, display_name=name, external_id=resource.external_id,
                             members=await _members(session, org_id, resource))
    session.add(created)
    await session.flush()
    await _follow_groups(session, outbox, org_id, set(created.members))
    return created


async def replace_group(session: AsyncSession, outbox: Outbox, found: DirectoryGroup, payload: Any) -> DirectoryGroup:
    return await _apply_group(session, outbox, found, parse(Group, payload, Context.RESOURCE_REPLACEMENT_REQUEST))


async def patch_group(session: AsyncSession, outbox: Outbox, found: DirectoryGroup, payload: Any,
                      base: str) -> DirectoryGroup:
    return await _apply_group(session, outbox, found, patched(Group, group_of(found, base), payload))


async def delete_group(session: AsyncSession, outbox: Outbox, found: DirectoryGroup) -> None:
    members = set(found.members)
    await remove(session, found)
    await _follow_groups(session, outbox, found.org_id, members)


async def _apply_group(session: AsyncSession, outbox: Outbox, found: DirectoryGroup, resource: Group
                       ) -> DirectoryGroup:
    before = set(found.members)
    found.display_name = await _group_name(session, found.org_id, resource.display_name, found.id)
    found.external_id = resource.external_id
    found.members = await _members(session, found.org_id, resource)
    found.version += 1
    session.add(found)
    await session.flush()
    await _follow_groups(session, outbox, found.org_id, before | set(found.members))
    return found


async def _group_name(session: AsyncSession, org_id: str, name: str | None, own: str | None) -> str:
    if not name or not name.strip():
        raise InvalidValueException(detail="displayName is required")
    taken = (await session.exec(select(DirectoryGroup).where(DirectoryGroup.org_id == org_id,
                                                             DirectoryGroup.display_name == name))).first()
    if taken is not None and taken.id != own:
        raise UniquenessException(detail=f"a group {name!r} exists")
    return name[:255]


async def _members(session: AsyncSession, org_id: str, resource: Group) -> list[str]:
    members = []
    for member in resource.members or []:
        person = await session.get(Person, member.value) if member.value else None
        if person is None or person.org_id != org_id:
            raise InvalidValueException(detail=f"member {member.value} is not a user of this organisation")
        if person.id not in members:
            members.append(person.id)
    return members


async def _follow_groups(session: AsyncSession, outbox: Outbox, org_id: str, people: set[str]) -> None:
    """Roles and unit of these people follow their groups, as the identity provider's mappings say."""
    provider = await session.get(IdentityProvider, org_id)
    if provider is None or not maps_groups(provider) or not people:
        return
    groups = (await session.exec(select(DirectoryGroup).where(DirectoryGroup.org_id == org_id))).all()
    for person_id in sorted(people):
        person = await session.get(Person, person_id)
        if person is not None:
            await follow_groups(session, outbox, provider, person,
                                {g.display_name for g in groups if person_id in g.members})


async def list_groups(session: AsyncSession, org_id: str, base: str, search: SearchRequest[Any]
                      ) -> ListResponse[Group]:
    matcher = search.filter
    rows = (await session.exec(select(DirectoryGroup).where(DirectoryGroup.org_id == org_id)
                               .order_by(col(DirectoryGroup.created_at), col(DirectoryGroup.id)))).all()
    groups = [g for g in (group_of(row, base) for row in rows) if matcher is None or matcher.match(g)]
    return page_of(ListResponse[Group], groups, search)
