"""Schemathesis against advocacy's OpenAPI: no 5xx, and every response matches the documented schema."""

import schemathesis

from services.advocacy.app import MIGRATIONS, create_app
from services.advocacy.settings import AdvocacySettings
from tests.advocacy.conftest import Tenant, issuer, make_tenant
from tests.conftest import asgi_client
from tests.contract.fuzzing import CHECKS, FUZZ_SETTINGS, migrated_sqlite, run

app = create_app(AdvocacySettings(database_url=migrated_sqlite(MIGRATIONS, "advocacy"), log_level="ERROR",
                                  background_jobs=False), key_source=issuer.key_source)


async def _tenant() -> Tenant:
    async with await asgi_client(app) as client:
        return await make_tenant(client)


tenant = run(_tenant())
run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own
# One person with every role the API knows, so the fuzzer reaches past the access checks.
headers = issuer.headers(org=tenant.org_id, subject=tenant.ids["editor"],
                         roles=["learner", "ambassador", "editor", "comms", "manager", "analyst", "admin"])

schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@FUZZ_SETTINGS
def test_advocacy_api_keeps_its_contract(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={**headers, **(case.headers or {})}, checks=CHECKS)
