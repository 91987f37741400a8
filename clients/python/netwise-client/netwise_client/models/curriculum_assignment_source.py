from enum import StrEnum

class CurriculumAssignmentSource(StrEnum):
    LMS = "lms"
    MANUAL = "manual"
    REFRESHER = "refresher"
    RENEWAL = "renewal"
    RULE = "rule"

    def __str__(self) -> str:
        return str(self.value)
