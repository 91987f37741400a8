from enum import StrEnum

class AnalyticsReportsLinkedReportPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"

    def __str__(self) -> str:
        return str(self.value)
