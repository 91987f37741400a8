from enum import StrEnum

class CurriculumReviewDecision(StrEnum):
    PUBLISH = "publish"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
