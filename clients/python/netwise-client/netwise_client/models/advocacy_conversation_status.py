from enum import StrEnum

class AdvocacyConversationStatus(StrEnum):
    CLOSED = "closed"
    HANDLING = "handling"
    NEW = "new"

    def __str__(self) -> str:
        return str(self.value)
