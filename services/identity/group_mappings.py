"""Groups that give roles and an org unit: the identity provider's `group_roles` and `group_units`, by the group's
name, whether the groups come from a sign-in's group claim or from the directory's SCIM groups."""

from sqlmodel.ext.asyncio.session import AsyncSession

from kit.events import Outbox
from services.identity import service
from services.identity.models import IdentityProvider, Person
from services.identity.schemas import PersonUpdate, Role


def maps_groups(provider: IdentityProvider | None) -> bool:
    return provider is not None and bool(provider.group_roles or provider.group_units)


async def follow_groups(session: AsyncSession, outbox: Outbox, provider: IdentityProvider, person: Person,
                        groups: set[str]) -> Person:
    """The person's mapped roles and unit as their groups say; roles no mapping names stay as an admin set them."""
    changes = PersonUpdate()
    if provider.group_roles:
        mapped = {role for roles in provider.group_roles.values() for role in roles}
        roles = (set(person.roles) - mapped) | {r for g in groups for r in provider.group_roles.get(g, [])}
        changes.roles = sorted(Role(r) for r in roles | {Role.learner})
    units = sorted({provider.group_units[g] for g in groups if g in provider.group_units})
    if units:
        changes.org_unit_id = units[0]
    return await service.update_person(session, outbox, person, changes)
