from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import MetaData

from contracts.events import identity
from kit.db import Database
from kit.directory import Directory
from kit.events import CloudEvent
from tests.support import org_unit_data, person_data

Projection = tuple[Directory, Database]


@pytest.fixture
async def projection(tmp_path: Path) -> AsyncIterator[Projection]:
    """A bare projection for these unit tests (services migrate theirs)."""
    metadata = MetaData()
    directory = Directory(metadata)
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'd.db'}")
    async with db.engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    yield directory, db
    await db.dispose()


def person_event(version: int, name: str, unit: str | None = "u1") -> CloudEvent:
    return CloudEvent(id=f"e{version}{name}", source="/netwise/identity", type=identity.PERSON_UPDATED,
                      org="org-1", data=person_data("p1", "P@x.se", name, org_unit_id=unit, version=version))


async def test_projection_keeps_the_newest_version_whatever_the_arrival_order(projection: Projection) -> None:
    directory, db = projection
    async with db.transaction() as session:
        for event in (person_event(3, "Newest"), person_event(2, "Older")):
            await directory.take(session, event)
    async with db.transaction() as session:
        row = await directory.person(session, "org-1", "p1")
        assert row is not None and row.name == "Newest" and row.version == 3
        assert await directory.person(session, "org-2", "p1") is None  # another tenant sees nothing
        rules = await directory.rules(session, "org-1")
        assert rules.min_group_size == 5  # safe default before the organisation's event arrives


async def test_unit_subtree_walks_down_the_tree(projection: Projection) -> None:
    directory, db = projection
    async with db.transaction() as session:
        for unit, parent in (("root", None), ("a", "root"), ("b", "a"), ("other", None)):
            await directory.take(session, CloudEvent(id=unit, source="s", type=identity.ORG_UNIT_CREATED,
                                                     org="org-1", data=org_unit_data(unit, unit, parent)))
    async with db.transaction() as session:
        assert await directory.unit_subtree(session, "org-1", "a") == {"a", "b"}
        assert await directory.unit_subtree(session, "org-1", "root") == {"root", "a", "b"}


def client_event(version: int, status: str, org: str = "org-1") -> CloudEvent:
    verb = "created" if status == "active" else "revoked"
    return CloudEvent(id=f"c{version}", source="/netwise/identity", type=f"netwise.identity.client.{verb}",
                      org=org, data={
        "id": "nw_1", "name": "LMS", "scopes": ["catalog:read"], "status": status, "version": version,
        "created_at": "2026-01-01T00:00:00Z", "revoked_at": None if status == "active" else "2026-01-02T00:00:00Z"})


async def test_a_revoked_client_or_deactivated_person_may_not_act_whatever_the_arrival_order(
        projection: Projection) -> None:
    directory, db = projection
    async with db.transaction() as session:
        assert await directory.may_act(session, "client", "org-1", "nw_1")  # not heard of yet
        for event in (client_event(2, "revoked"), client_event(1, "active")):  # the revocation overtook the creation
            await directory.take(session, event)
        deactivated = person_event(2, "Gone")
        deactivated.data["status"] = "deactivated"
        await directory.take(session, deactivated)
    async with db.transaction() as session:
        assert not await directory.may_act(session, "client", "org-1", "nw_1")
        assert not await directory.may_act(session, "person", "org-1", "p1")
        assert await directory.may_act(session, "person", "org-1", "p2")
