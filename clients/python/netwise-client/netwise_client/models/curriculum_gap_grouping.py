from enum import StrEnum

class CurriculumGapGrouping(StrEnum):
    JOB_FUNCTION = "job_function"
    ORG_UNIT = "org_unit"

    def __str__(self) -> str:
        return str(self.value)
