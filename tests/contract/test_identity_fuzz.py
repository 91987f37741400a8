"""Schemathesis against identity's OpenAPI: no 5xx, and every response matches the documented schema."""

import schemathesis

from services.identity.app import MIGRATIONS, create_app
from services.identity.settings import IdentitySettings
from tests.contract.fuzzing import CHECKS, FUZZ_SETTINGS, migrated_sqlite, run
from tests.identity.conftest import make_tenant

app = create_app(IdentitySettings(database_url=migrated_sqlite(MIGRATIONS, "identity"), log_level="ERROR"))
tenant = run(make_tenant(app))
run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own

schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@FUZZ_SETTINGS
def test_identity_api_keeps_its_contract(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={**tenant.admin, **(case.headers or {})}, checks=CHECKS)
