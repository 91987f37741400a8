from enum import StrEnum

class AnalyticsRateSubject(StrEnum):
    JOB_FUNCTION = "job_function"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
