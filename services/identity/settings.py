from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class IdentitySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_IDENTITY_", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./var/identity.db", description="identity's database")
    client_token_ttl_seconds: int = Field(3600, description="lifetime of integration clients' tokens")
    person_token_ttl_seconds: int = Field(3600, description="lifetime of people's tokens")
    sign_in_token_ttl_seconds: int = Field(900, gt=0, description="lifetime of the access token a person gets by "
                                           "signing in (renewed with the refresh token)")
    refresh_token_ttl_days: float = Field(14.0, gt=0, description="a person signed in stays so this long without "
                                          "signing in again, if the refresh token is used in the meantime")
    sign_in_timeout_seconds: int = Field(600, gt=0, description="time to finish signing in at the provider")
    key_publish_seconds: int = Field(300, description="a next key is in the JWKS this long before it may sign")
