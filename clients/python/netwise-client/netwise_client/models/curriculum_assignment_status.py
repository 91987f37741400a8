from enum import StrEnum

class CurriculumAssignmentStatus(StrEnum):
    COMPLETED = "completed"
    OPEN = "open"
    OVERDUE = "overdue"

    def __str__(self) -> str:
        return str(self.value)
