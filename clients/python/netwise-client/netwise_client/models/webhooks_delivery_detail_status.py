from enum import StrEnum

class WebhooksDeliveryDetailStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
