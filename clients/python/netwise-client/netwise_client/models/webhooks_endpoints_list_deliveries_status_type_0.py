from enum import StrEnum

class WebhooksEndpointsListDeliveriesStatusType0(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
