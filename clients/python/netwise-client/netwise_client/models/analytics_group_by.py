from enum import StrEnum

class AnalyticsGroupBy(StrEnum):
    ACTIVITY = "activity"
    CATEGORY = "category"
    CHANNEL = "channel"
    DAY = "day"
    JOB_FUNCTION = "job_function"
    MONTH = "month"
    PERSON = "person"
    UNIT = "unit"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
