"""An ambassador's own shares: the tracked link to post, and confirming it was posted."""


from fastapi import APIRouter
from sqlmodel import select

from kit.app import PublicBase
from kit.auth import Person
from kit.db import SessionDep
from kit.pagination import Listing, Page, PagerDep
from kit.problems import NotFound
from kit.tenancy import of_org_where
from services.advocacy import repositories as repo
from services.advocacy import service
from services.advocacy.models import Share, directory
from services.advocacy.schemas import Network, SharePublic

router = APIRouter(tags=["shares"])
_MINE = Listing(lambda: select(Share).where(*of_org_where(Share, "person_id")), Share.id)


async def _offer_again(session: SessionDep, principal: Person, share: Share, base: str) -> SharePublic:
    """Rebuilds what the share response said, from the post as it is now."""
    post = await repo.post(session, principal.org, share.post_id)
    rules = await directory.rules(session, principal.org)
    person = await directory.person(session, principal.org, principal.subject)
    locale = service.served_locale(post, rules, person.locale if person is not None else None, None)
    found = service.variant_text(post, Network(share.network), locale) or ("", locale)
    ambassador = await repo.ambassador(session, principal.org, principal.subject)
    handle = next((a.get("handle") for a in (ambassador.networks if ambassador else [])
                   if a["network"] == share.network), None)
    return service.share_public(service.offer(share, post.link, found[0], found[1], f"{base}/r", handle), post)


async def _my_share(session: SessionDep, principal: Person, share_id: str) -> Share:
    share = await repo.share(session, principal.org, share_id)
    if share.person_id != principal.subject:
        raise NotFound(f"no share {share_id} of yours")
    return share


@router.get("/v1/shares", response_model=Page[SharePublic], summary="My shares")
async def list_shares(principal: Person, session: SessionDep, pager: PagerDep,
                      base: PublicBase) -> Page[SharePublic]:
    values = {"org_id": principal.org, "person_id": principal.subject}
    return await pager.presented(session, _MINE, (), values, lambda s: _offer_again(session, principal, s, base))


@router.get("/v1/shares/{share_id}", response_model=SharePublic, summary="One of my shares")
async def get_share(share_id: str, principal: Person, session: SessionDep, base: PublicBase) -> SharePublic:
    return await _offer_again(session, principal, await _my_share(session, principal, share_id), base)


@router.post("/v1/shares/{share_id}/confirm", response_model=SharePublic,
             summary="Confirm that I posted it on the network")
async def confirm_share(share_id: str, principal: Person, session: SessionDep, base: PublicBase) -> SharePublic:
    share = await service.confirm_share(session, await _my_share(session, principal, share_id))
    return await _offer_again(session, principal, share, base)
