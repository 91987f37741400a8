"""Schemathesis against webhooks' OpenAPI on each backend: no 5xx, every response as the schema documents."""

from kit.ids import new_id
from services.webhooks.app import MIGRATIONS, create_app
from services.webhooks.settings import WebhooksSettings
from tests.contract.fuzzing import POSTGRES_FUZZ_SETTINGS, Target, contract_test, targets
from tests.webhooks.conftest import issuer


def build(url: str) -> Target:
    # The SSRF guard as in production: fuzzed URLs never make the test send anything anywhere.
    app = create_app(WebhooksSettings(database_url=url, log_level="ERROR", allow_private_targets=False,
                                      dispatch_interval_seconds=3600),
                     key_source=issuer.key_source)
    org = new_id()
    return Target(app, issuer.headers(org=org, subject=new_id(), roles=["learner", "admin"]))


apps = targets("webhooks", MIGRATIONS, build)
test_webhooks_api_keeps_its_contract_on_sqlite = contract_test(apps["sqlite"])
test_webhooks_api_keeps_its_contract_on_postgresql = contract_test(apps["postgresql"], POSTGRES_FUZZ_SETTINGS)
