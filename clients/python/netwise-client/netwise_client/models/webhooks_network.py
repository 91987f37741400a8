from enum import StrEnum

class WebhooksNetwork(StrEnum):
    BLUESKY = "bluesky"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    MASTODON = "mastodon"
    THREADS = "threads"
    X = "x"

    def __str__(self) -> str:
        return str(self.value)
