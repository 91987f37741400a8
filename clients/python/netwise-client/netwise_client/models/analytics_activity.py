from enum import StrEnum

class AnalyticsActivity(StrEnum):
    AD_MANAGEMENT = "ad_management"
    COMMUNITY_MANAGEMENT = "community_management"
    CONTENT_CREATION = "content_creation"
    CUSTOMER_SERVICE = "customer_service"
    LEARNING = "learning"
    MONITORING = "monitoring"
    OTHER = "other"
    REPORTING = "reporting"
    SOCIAL_SELLING = "social_selling"
    STRATEGY = "strategy"

    def __str__(self) -> str:
        return str(self.value)
