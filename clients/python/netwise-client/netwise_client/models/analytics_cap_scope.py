from enum import StrEnum

class AnalyticsCapScope(StrEnum):
    JOB_FUNCTION = "job_function"
    ORGANISATION = "organisation"
    ORG_UNIT = "org_unit"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
