from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class IdentitySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_IDENTITY_", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./var/identity.db", description="identity's database")
    client_token_ttl_seconds: int = Field(3600, description="lifetime of integration clients' tokens")
    person_token_ttl_seconds: int = Field(3600, description="lifetime of people's tokens")
    key_publish_seconds: int = Field(300, description="a next key is in the JWKS this long before it may sign")
