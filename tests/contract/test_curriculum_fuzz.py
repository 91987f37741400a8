"""Schemathesis against curriculum's OpenAPI: no 5xx, and every response matches the documented schema."""

import httpx
import schemathesis

from kit.ids import new_id
from services.curriculum.app import MIGRATIONS, create_app
from tests import tokens
from tests.contract.fuzzing import CHECKS, FUZZ_SETTINGS, migrated_sqlite, run
from tests.curriculum.conftest import make_tenant, published_module, published_track, settings_for

issuer = tokens.TestIssuer()
app = create_app(settings_for(migrated_sqlite(MIGRATIONS, "curriculum")), key_source=issuer.key_source)


async def _seed() -> dict[str, str]:
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


headers = run(_seed())
run(app.state.db.dispose())  # set-up ran in its own loop; the test client opens fresh connections in its own

schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@FUZZ_SETTINGS
def test_curriculum_api_keeps_its_contract(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={**headers, **(case.headers or {})}, checks=CHECKS)
