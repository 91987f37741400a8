from enum import StrEnum

class AnalyticsSource(StrEnum):
    IMPORT = "import"
    INTEGRATION = "integration"
    MANUAL = "manual"
    TIMER = "timer"

    def __str__(self) -> str:
        return str(self.value)
