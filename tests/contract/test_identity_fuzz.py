"""Schemathesis against identity's OpenAPI on each backend: no 5xx, every response as the schema documents."""

from services.identity.app import MIGRATIONS, create_app
from services.identity.settings import IdentitySettings
from tests.contract.fuzzing import POSTGRES_FUZZ_SETTINGS, Target, contract_test, run, targets
from tests.identity.conftest import make_tenant


def build(url: str) -> Target:
    app = create_app(IdentitySettings(database_url=url, log_level="ERROR"))
    tenant = run(make_tenant(app))
    run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own
    return Target(app, tenant.admin)


apps = targets("identity", MIGRATIONS, build)
test_identity_api_keeps_its_contract_on_sqlite = contract_test(apps["sqlite"])
test_identity_api_keeps_its_contract_on_postgresql = contract_test(apps["postgresql"], POSTGRES_FUZZ_SETTINGS)
