from enum import StrEnum

class AnalyticsCategory(StrEnum):
    INVESTMENT = "investment"
    OPERATIONS = "operations"

    def __str__(self) -> str:
        return str(self.value)
