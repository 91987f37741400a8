"""Schemathesis against analytics's OpenAPI on each backend: no 5xx, every response as the schema documents."""

import httpx

from services.analytics.app import MIGRATIONS, create_app
from services.analytics.settings import AnalyticsSettings
from tests.analytics.conftest import Tenant, issuer, make_tenant
from tests.contract.fuzzing import POSTGRES_FUZZ_SETTINGS, Target, contract_test, run, targets


def build(url: str) -> Target:
    app = create_app(AnalyticsSettings(database_url=url, log_level="ERROR"),
                     key_source=issuer.key_source)

    async def tenant() -> Tenant:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            return await make_tenant(http)

    headers = run(tenant()).headers("ada")
    run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own
    return Target(app, headers)


apps = targets("analytics", MIGRATIONS, build)
test_analytics_api_keeps_its_contract_on_sqlite = contract_test(apps["sqlite"])
test_analytics_api_keeps_its_contract_on_postgresql = contract_test(apps["postgresql"], POSTGRES_FUZZ_SETTINGS)
