from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class IdentitySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_IDENTITY_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/identity.db"
    client_token_ttl_seconds: int = 3600
    person_token_ttl_seconds: int = 3600
    # How long the JWKS of every verifier may be cached: a key is published this long before it signs.
    key_publish_seconds: int = 300
