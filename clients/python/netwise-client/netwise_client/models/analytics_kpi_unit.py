from enum import StrEnum

class AnalyticsKpiUnit(StrEnum):
    MINUTES = "minutes"
    MONEY = "money"
    NUMBER = "number"
    PERCENT = "percent"

    def __str__(self) -> str:
        return str(self.value)
