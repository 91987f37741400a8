"""Schemathesis against curriculum's OpenAPI on each backend: no 5xx, every response as the schema documents."""

import httpx

from kit.ids import new_id
from services.curriculum.app import MIGRATIONS, create_app
from tests import tokens
from tests.contract.fuzzing import POSTGRES_FUZZ_SETTINGS, Target, contract_test, run, targets
from tests.curriculum.conftest import make_tenant, published_module, published_track, settings_for

issuer = tokens.TestIssuer()


def build(url: str) -> Target:
    app = create_app(settings_for(url), key_source=issuer.key_source)

    async def seed() -> dict[str, str]:
        """An organisation with published content; the fuzzer calls as an editor who is also an analyst."""
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            tenant = await make_tenant(http, issuer)
            await tenant.person("fuzzer", job_function="marketing", unit="HQ",
                                roles=["learner", "editor", "analyst", "manager"], person_id=new_id())
            module = await published_module(tenant, quiz=True)
            await published_track(tenant, [module["id"]], certification={"key": "fuzz", "validity_days": 30})
            await http.post("/v1/policies", headers=tenant.as_("editor"),
                            json={"content": {"en": {"title": "Policy", "body": "Be kind."}}})
            return tenant.as_("fuzzer")

    headers = run(seed())
    run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own
    return Target(app, headers)


apps = targets("curriculum", MIGRATIONS, build)
test_curriculum_api_keeps_its_contract_on_sqlite = contract_test(apps["sqlite"])
test_curriculum_api_keeps_its_contract_on_postgresql = contract_test(apps["postgresql"], POSTGRES_FUZZ_SETTINGS)
