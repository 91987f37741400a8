"""The social media policy: versions in several languages, and each person's acknowledgement of the current one."""


from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import bindparam
from sqlmodel import col, select

from kit.app import OutboxDep
from kit.auth import Authenticated, Person, Principal
from kit.db import SessionDep
from kit.etag import check_if_match, set_etag
from kit.pagination import Listing, Page, PagerDep
from kit.tenancy import of_org_where
from services.curriculum import policy as rules
from services.curriculum import repositories as repo
from services.curriculum.deps import AggregateScope, Editor, ReaderLocaleDep
from services.curriculum.models import Policy, PolicyVersion
from services.curriculum.presenters import locales
from services.curriculum.schemas import (
    AcknowledgementIn,
    AcknowledgementPublic,
    AcknowledgementReport,
    PolicyCreate,
    PolicyPublic,
    PolicyVersionCreate,
    PolicyVersionPublic,
)

router = APIRouter(prefix="/v1/policies", tags=["policies"])
_POLICIES = Listing(lambda: select(Policy).where(*of_org_where(Policy)), Policy.id)
_VERSIONS = Listing(lambda: select(PolicyVersion).where(PolicyVersion.policy_id == bindparam("policy_id")),
                    col(PolicyVersion.id))


async def _public(session: SessionDep, principal: Principal, policy: Policy, version: PolicyVersion,
                  reader: ReaderLocaleDep) -> PolicyPublic:
    available = locales(version.content, version.default_locale)
    locale = reader.pick(available)
    ack = None if principal.is_client else await rules.acknowledgement(session, policy, principal.subject)
    return PolicyPublic(
        id=policy.id, version=rules.version_of(policy.major, policy.minor), major=policy.major, minor=policy.minor,
        locale=locale, title=version.content[locale]["title"], body=version.content[locale]["body"],
        available_locales=available, change_summary=version.change_summary, published_at=version.published_at,
        acknowledged_at=rules.acknowledged_at(ack), requires_acknowledgement=ack is None)


async def _reply(session: SessionDep, principal: Principal, policy: Policy, version: PolicyVersion,
                 reader: ReaderLocaleDep, response: Response) -> PolicyPublic:
    """The policy at `version` in the reader's language, with its ETag and Content-Language."""
    set_etag(response, policy.revision)
    public = await _public(session, principal, policy, version, reader)
    reader.served(public.locale)
    return public


@router.post("", response_model=PolicyPublic, status_code=201, summary="Publish a new policy at version 1.0")
async def create_policy(body: PolicyCreate, principal: Editor, session: SessionDep, outbox: OutboxDep,
                        reader: ReaderLocaleDep, response: Response) -> PolicyPublic:
    policy, version = await rules.create_policy(session, outbox, principal.org, body)
    response.headers["Location"] = f"/v1/policies/{policy.id}"
    return await _reply(session, principal, policy, version, reader, response)


@router.get("", response_model=Page[PolicyPublic], summary="List policies (current versions)")
async def list_policies(principal: Authenticated, session: SessionDep, reader: ReaderLocaleDep,
                        pager: PagerDep) -> Page[PolicyPublic]:
    async def present(policy: Policy) -> PolicyPublic:
        return await _public(session, principal, policy, await repo.policy_version(session, policy), reader)

    return reader.served_page(await pager.presented(session, _POLICIES, (), {"org_id": principal.org}, present))


@router.get("/{policy_id}", response_model=PolicyPublic, summary="The policy's current version")
async def get_policy(policy_id: str, principal: Authenticated, session: SessionDep, reader: ReaderLocaleDep,
                     response: Response) -> PolicyPublic:
    policy = await repo.policy(session, principal.org, policy_id)
    return await _reply(session, principal, policy, await repo.policy_version(session, policy), reader, response)


@router.post("/{policy_id}/versions", response_model=PolicyPublic, status_code=201,
             summary="Publish a new version", description="`change: major` asks everyone to acknowledge again.")
async def publish_version(policy_id: str, body: PolicyVersionCreate, principal: Editor, session: SessionDep,
                          outbox: OutboxDep, reader: ReaderLocaleDep, request: Request,
                          response: Response) -> PolicyPublic:
    policy = await repo.policy(session, principal.org, policy_id)
    check_if_match(request, policy.revision)
    version = await rules.publish_version(session, outbox, policy, body)
    return await _reply(session, principal, policy, version, reader, response)


@router.get("/{policy_id}/versions", response_model=Page[PolicyVersionPublic], summary="The policy's history")
async def list_versions(policy_id: str, principal: Authenticated, session: SessionDep,
                        pager: PagerDep) -> Page[PolicyVersionPublic]:
    policy = await repo.policy(session, principal.org, policy_id)
    return await pager.presented(session, _VERSIONS, (), {"policy_id": policy.id}, lambda v: PolicyVersionPublic(
        version=rules.version_of(v.major, v.minor), major=v.major, minor=v.minor, change_summary=v.change_summary,
        published_at=v.published_at))


@router.post("/{policy_id}/acknowledgements", response_model=AcknowledgementPublic, status_code=201,
             responses={200: {"model": AcknowledgementPublic, "description": "Already acknowledged"}},
             summary="Acknowledge the current version (once per major version)")
async def acknowledge(policy_id: str, body: AcknowledgementIn, principal: Person, session: SessionDep,
                      outbox: OutboxDep) -> JSONResponse:
    policy = await repo.policy(session, principal.org, policy_id)
    ack, created = await rules.acknowledge(session, outbox, policy, principal.subject, body.version)
    public = AcknowledgementPublic(policy_id=policy.id, person_id=ack.person_id,
                                   version=rules.version_of(ack.major, ack.minor), major=ack.major,
                                   acknowledged_at=ack.acknowledged_at)
    return JSONResponse(public.model_dump(mode="json"), status_code=201 if created else 200)


@router.get("/{policy_id}/acknowledgement-report", response_model=AcknowledgementReport,
            summary="Who has not acknowledged the current major version, by unit (aggregates only)",
            description="Managers see their units, analysts and admins everyone. Units smaller than the "
            "organisation's minimum group size are left out and counted in `suppressed_groups`.")
async def acknowledgement_report(policy_id: str, units: AggregateScope, principal: Authenticated,
                                 session: SessionDep) -> AcknowledgementReport:
    policy = await repo.policy(session, principal.org, policy_id)
    return await rules.acknowledgement_report(session, policy, units)
