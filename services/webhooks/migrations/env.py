from kit.migrations import run_env
from services.webhooks.models import WebhooksTable

run_env(WebhooksTable.metadata)
