from enum import StrEnum

class CurriculumPlatform(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    MESSENGER = "messenger"
    OTHER = "other"
    PINTEREST = "pinterest"
    SNAPCHAT = "snapchat"
    TIKTOK = "tiktok"
    WHATSAPP = "whatsapp"
    X = "x"
    YOUTUBE = "youtube"

    def __str__(self) -> str:
        return str(self.value)
