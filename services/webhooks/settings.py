from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class WebhooksSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_WEBHOOKS_", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./var/webhooks.db", description="webhooks' database")
    # Standard Webhooks' suggested schedule after the first attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then 10 h.
    retry_schedule_seconds: list[float] = Field(
        [5, 300, 1800, 7200, 18000, 36000], min_length=1,
        description="JSON list: the wait before each retry of a failed delivery; the last one repeats until the "
        "delivery succeeds or its endpoint is disabled")
    disable_after_hours: float = Field(120.0, gt=0, description="an endpoint whose deliveries have all failed for "
                                       "this long is disabled (its deliveries wait, nothing is lost) and the event "
                                       "`netwise.webhooks.endpoint.disabled` says so")
    secret_overlap_hours: float = Field(24.0, ge=0, description="after a secret rotation, deliveries are signed "
                                        "with the old secret too for this long, so receivers can switch over")
    delivery_timeout_seconds: float = Field(10.0, gt=0, description="an endpoint slower than this to answer counts "
                                            "as a failed attempt")
    dispatch_interval_seconds: float = Field(1.0, gt=0, description="how often due deliveries are sent")
    dispatch_batch: int = Field(100, ge=1, description="deliveries sent at most per pass (concurrently)")
    allow_private_targets: bool | None = Field(
        None, description="let endpoints resolve to loopback, private or link-local addresses (SSRF guard off); "
        "unset, allowed in embedded mode only")

    def private_targets_allowed(self) -> bool:
        return self.mode == "embedded" if self.allow_private_targets is None else self.allow_private_targets
