from enum import StrEnum

class AnalyticsPeriod(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    ROLLING = "rolling"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
