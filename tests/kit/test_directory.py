from pathlib import Path

from sqlalchemy import MetaData

from kit.db import Database
from kit.directory import Directory
from kit.events import CloudEvent


def person_event(version: int, name: str, unit: str | None = "u1") -> CloudEvent:
    return CloudEvent(id=f"e{version}{name}", source="/netwise/identity", type="netwise.identity.person.updated",
                      org="org-1", data={"id": "p1", "email": "P@x.se", "name": name, "job_function": "sales",
                                         "org_unit_id": unit, "manager_id": None, "roles": ["learner"],
                                         "status": "active", "locale": None, "version": version})


async def test_projection_keeps_the_newest_version_whatever_the_arrival_order(tmp_path: Path) -> None:
    metadata = MetaData()
    directory = Directory(metadata)
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'd.db'}")
    async with db.engine.begin() as conn:
        await conn.run_sync(metadata.create_all)  # a bare projection for this unit test; services migrate
    handlers = directory.handlers()
    async with db.transaction() as session:
        for event in (person_event(3, "Newest"), person_event(2, "Older")):
            await handlers[event.type](session, event)
    async with db.transaction() as session:
        row = await directory.person(session, "org-1", "p1")
        assert row is not None and row.name == "Newest" and row.version == 3
        assert await directory.person(session, "org-2", "p1") is None  # another tenant sees nothing
        rules = await directory.rules(session, "org-1")
        assert rules.min_group_size == 5  # safe default before the organisation's event arrives
    await db.dispose()


async def test_unit_subtree_walks_down_the_tree(tmp_path: Path) -> None:
    metadata = MetaData()
    directory = Directory(metadata)
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'd.db'}")
    async with db.engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    handler = directory.handlers()["netwise.identity.org_unit.created"]
    async with db.transaction() as session:
        for unit, parent in (("root", None), ("a", "root"), ("b", "a"), ("other", None)):
            await handler(session, CloudEvent(id=unit, source="s", type="netwise.identity.org_unit.created",
                                              org="org-1", data={"id": unit, "name": unit, "parent_id": parent,
                                                                 "version": 1}))
    async with db.transaction() as session:
        assert await directory.unit_subtree(session, "org-1", "a") == {"a", "b"}
        assert await directory.unit_subtree(session, "org-1", "root") == {"root", "a", "b"}
    await db.dispose()
