from enum import StrEnum

class AnalyticsLinkedReportPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"

    def __str__(self) -> str:
        return str(self.value)
