from enum import StrEnum

class CurriculumQuestionKind(StrEnum):
    MULTIPLE = "multiple"
    SINGLE = "single"

    def __str__(self) -> str:
        return str(self.value)
