"""Schemathesis against advocacy's OpenAPI on each backend: no 5xx, every response as the schema documents."""

from services.advocacy.app import MIGRATIONS, create_app
from services.advocacy.settings import AdvocacySettings
from tests.advocacy.conftest import Tenant, issuer, make_tenant
from tests.conftest import asgi_client
from tests.contract.fuzzing import POSTGRES_FUZZ_SETTINGS, Target, contract_test, run, targets


def build(url: str) -> Target:
    app = create_app(AdvocacySettings(database_url=url, log_level="ERROR", background_jobs=False),
                     key_source=issuer.key_source)

    async def seed() -> Tenant:
        async with await asgi_client(app) as client:
            return await make_tenant(client)

    tenant = run(seed())
    run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own
    # One person with every role the API knows, so the fuzzer reaches past the access checks.
    return Target(app, issuer.headers(org=tenant.org_id, subject=tenant.ids["editor"],
                                      roles=["learner", "ambassador", "editor", "comms", "manager", "analyst",
                                             "admin"]))


apps = targets("advocacy", MIGRATIONS, build)
test_advocacy_api_keeps_its_contract_on_sqlite = contract_test(apps["sqlite"])
test_advocacy_api_keeps_its_contract_on_postgresql = contract_test(apps["postgresql"], POSTGRES_FUZZ_SETTINGS)
