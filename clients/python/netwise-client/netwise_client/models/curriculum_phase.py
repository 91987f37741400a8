from enum import StrEnum

class CurriculumPhase(StrEnum):
    FOUNDATIONS = "foundations"
    LEADERSHIP = "leadership"
    ORGANISATION = "organisation"
    ROLE = "role"

    def __str__(self) -> str:
        return str(self.value)
