from enum import StrEnum

class AdvocacyPostStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    EXPIRED = "expired"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
