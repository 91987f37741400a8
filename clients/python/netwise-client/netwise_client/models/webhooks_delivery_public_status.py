from enum import StrEnum

class WebhooksDeliveryPublicStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
