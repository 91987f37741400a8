from enum import StrEnum

class WebhooksJobFunction(StrEnum):
    ANALYTICS = "analytics"
    CUSTOMER_SERVICE = "customer_service"
    HR = "hr"
    IT = "it"
    LEADERSHIP = "leadership"
    MARKETING = "marketing"
    OTHER = "other"
    PRODUCT = "product"
    SALES = "sales"

    def __str__(self) -> str:
        return str(self.value)
