from enum import StrEnum

class AnalyticsChannel(StrEnum):
    ADVERTISING = "advertising"
    EMAIL = "email"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    MEETINGS = "meetings"
    MESSENGER = "messenger"
    OTHER = "other"
    PHONE = "phone"
    PINTEREST = "pinterest"
    PRESS = "press"
    SNAPCHAT = "snapchat"
    THREADS = "threads"
    TIKTOK = "tiktok"
    WHATSAPP = "whatsapp"
    X = "x"
    YOUTUBE = "youtube"

    def __str__(self) -> str:
        return str(self.value)
