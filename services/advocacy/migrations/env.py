from kit.migrations import run_env
from services.advocacy.models import AdvocacyTable

run_env(AdvocacyTable.metadata)
