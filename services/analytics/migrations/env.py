from kit.migrations import run_env
from services.analytics.models import AnalyticsTable

run_env(AnalyticsTable.metadata)
