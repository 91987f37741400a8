from enum import StrEnum

class IdentityIdentifyBy(StrEnum):
    EMAIL = "email"
    SUBJECT = "subject"

    def __str__(self) -> str:
        return str(self.value)
