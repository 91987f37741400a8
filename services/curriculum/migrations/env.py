from kit.migrations import run_env
from services.curriculum.models import CurriculumTable

run_env(CurriculumTable.metadata)
