from enum import StrEnum

class AdvocacyDigestChannel(StrEnum):
    CHAT = "chat"
    EMAIL = "email"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
