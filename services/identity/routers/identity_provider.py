"""The organisation's identity provider (Entra ID, Google Workspace, Okta, Keycloak, …): where its people sign in,
how they are recognised, and which of its groups give roles and org units. Admins only; the secret is write-only."""

from fastapi import APIRouter, Response

from kit.db import SessionDep
from kit.problems import NotFound
from services.identity import sign_in
from services.identity.deps import Admin, ProvidersDep, SettingsDep
from services.identity.models import IdentityProvider
from services.identity.schemas import IdentityProviderPublic, IdentityProviderSet

router = APIRouter(tags=["identity-provider"])


@router.get("/v1/identity-provider", response_model=IdentityProviderPublic,
            summary="The organisation's identity provider (its client secret is never returned)")
async def get_provider(principal: Admin, session: SessionDep, settings: SettingsDep) -> IdentityProviderPublic:
    provider = await session.get(IdentityProvider, principal.org)
    if provider is None:
        raise NotFound("this organisation has no identity provider yet")
    return sign_in.public_provider(provider, settings)


@router.put("/v1/identity-provider", response_model=IdentityProviderPublic,
            summary="Connect, or change, the organisation's identity provider",
            description="The issuer's discovery document is fetched first: a 422 names the issuer when no OpenID "
            "provider answers for it. Register `callback_url` (in the response) as a redirect URI at the provider.")
async def set_provider(body: IdentityProviderSet, principal: Admin, session: SessionDep, settings: SettingsDep,
                       providers: ProvidersDep) -> IdentityProviderPublic:
    provider = await sign_in.set_provider(session, providers, settings, principal.org, body)
    return sign_in.public_provider(provider, settings)


@router.delete("/v1/identity-provider", status_code=204, response_class=Response,
               summary="Disconnect the identity provider: nobody of the organisation can sign in until one is set")
async def delete_provider(principal: Admin, session: SessionDep) -> Response:
    provider = await session.get(IdentityProvider, principal.org)
    if provider is None:
        raise NotFound("this organisation has no identity provider")
    await sign_in.remove_provider(session, provider)
    return Response(status_code=204)
