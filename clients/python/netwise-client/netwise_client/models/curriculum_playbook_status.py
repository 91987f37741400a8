from enum import StrEnum

class CurriculumPlaybookStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
