"""Schemathesis against analytics's OpenAPI: no 5xx, and every response matches the documented schema."""

import httpx
import schemathesis

from services.analytics.app import MIGRATIONS, create_app
from services.analytics.settings import AnalyticsSettings
from tests.analytics.conftest import Tenant, issuer, make_tenant
from tests.contract.fuzzing import CHECKS, FUZZ_SETTINGS, migrated_sqlite, run

app = create_app(AnalyticsSettings(database_url=migrated_sqlite(MIGRATIONS, "analytics"), log_level="ERROR"),
                 key_source=issuer.key_source)


async def _tenant() -> Tenant:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        return await make_tenant(http)


tenant = run(_tenant())
run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own

schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@FUZZ_SETTINGS
def test_analytics_api_keeps_its_contract(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={**tenant.headers("ada"), **(case.headers or {})}, checks=CHECKS)
