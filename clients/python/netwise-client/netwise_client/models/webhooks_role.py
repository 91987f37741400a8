from enum import StrEnum

class WebhooksRole(StrEnum):
    ADMIN = "admin"
    AMBASSADOR = "ambassador"
    ANALYST = "analyst"
    COMMS = "comms"
    EDITOR = "editor"
    LEARNER = "learner"
    MANAGER = "manager"

    def __str__(self) -> str:
        return str(self.value)
