"""People an LMS brings: curriculum's event for a learner an LMS launched whom netwise did not know makes them a
person of that organisation, once, and of no other."""

import httpx

from contracts.events.curriculum import LMS_LEARNER_ARRIVED
from kit.ids import new_id
from tests.identity.conftest import Tenant
from tests.support import deliver


def arrival(email: str, name: str = "Nora Nilsen") -> dict[str, str]:
    return {"email": email, "name": name, "platform": "Moodle"}


async def people(client: httpx.AsyncClient, tenant: Tenant, email: str) -> list[dict[str, object]]:
    listed = await client.get("/v1/people", params={"email": email}, headers=tenant.admin)
    assert listed.status_code == 200, listed.text
    return list(listed.json()["items"])


async def test_a_learner_an_lms_launched_becomes_a_person_once(client: httpx.AsyncClient, tenant: Tenant,
                                                              other_tenant: Tenant) -> None:
    email = f"nora.{new_id()[-6:]}@school.example"
    await deliver(client, LMS_LEARNER_ARRIVED, tenant.org_id, arrival(email.upper()))
    await deliver(client, LMS_LEARNER_ARRIVED, tenant.org_id, arrival(email))  # a second launch before it is done
    [person] = await people(client, tenant, email)
    assert (person["name"], person["job_function"], person["roles"], person["status"]) == \
        ("Nora Nilsen", "other", ["learner"], "active")
    assert await people(client, other_tenant, email) == []  # only in the organisation the LMS belongs to


async def test_an_arrival_without_a_usable_name_or_address(client: httpx.AsyncClient, tenant: Tenant) -> None:
    email = f"anon.{new_id()[-6:]}@school.example"
    await deliver(client, LMS_LEARNER_ARRIVED, tenant.org_id, arrival(email, name="  "))
    [person] = await people(client, tenant, email)
    assert person["name"] == email.split("@")[0]  # the LMS shared no name
    await deliver(client, LMS_LEARNER_ARRIVED, tenant.org_id, arrival("not an address"))  # taken, nothing made
    await deliver(client, LMS_LEARNER_ARRIVED, new_id(), arrival(email))  # an organisation identity does not have
