from enum import StrEnum

class AnalyticsReportsLeadershipReportPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"

    def __str__(self) -> str:
        return str(self.value)
