"""HTTP clients that call netwise APIs as an integration client: OAuth 2.0 client credentials via Authlib."""

from authlib.integrations.httpx_client import AsyncOAuth2Client


def api_client(base_url: str, *, token_url: str, client_id: str, client_secret: str, scope: str | None = None,
               timeout: float = 10.0) -> AsyncOAuth2Client:
    """An httpx client for the API; call `await client.fetch_token()` once, Authlib renews it before expiry."""
    return AsyncOAuth2Client(
        client_id=client_id, client_secret=client_secret, scope=scope, token_endpoint=token_url,
        grant_type="client_credentials", token_endpoint_auth_method="client_secret_basic",
        base_url=base_url, timeout=timeout)

