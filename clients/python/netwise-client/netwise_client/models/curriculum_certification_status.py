from enum import StrEnum

class CurriculumCertificationStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
