"""People with their job function, unit, language and roles; CSV import; deactivation keeps their history."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import select

from kit.app import OutboxDep
from kit.auth import Authenticated, access_of
from kit.db import SessionDep
from kit.etag import created, matched, tagged
from kit.pagination import Listing, Page, PagerDep, columns_of, only_paging, page_of, pager_of
from kit.problems import NotFound, Unprocessable
from kit.routing import shortcut
from kit.tenancy import of_org_where
from kit.uploads import CsvText, csv_body
from services.identity import repositories as repo
from services.identity import service
from services.identity.deps import Admin, PeopleReader, PeopleWriter
from services.identity.models import Person
from services.identity.schemas import (
    ImportReport,
    JobFunction,
    PersonCreate,
    PersonPublic,
    PersonStatus,
    PersonUpdate,
    RolesUpdate,
)

router = APIRouter(tags=["people"])
_PEOPLE_READ = access_of(PeopleReader)  # what the list's dependency checks, for its shortcut
_PEOPLE = Listing(lambda *given: select(*columns_of(Person, PersonPublic)).where(*of_org_where(Person, *given)),
                  Person.id)


@router.get("/v1/me", response_model=PersonPublic, summary="The person the token belongs to")
async def get_me(principal: Authenticated, session: SessionDep, response: Response) -> PersonPublic:
    if principal.is_client:
        raise Unprocessable("a client token has no person; use a person's token")
    person = tagged(response, await repo.person(session, principal.org, principal.subject))
    return PersonPublic.model_validate(person)


@router.get("/v1/people", response_model=Page[PersonPublic], summary="List people")
async def list_people(
    principal: PeopleReader,
    session: SessionDep,
    pager: PagerDep,
    org_unit_id: Annotated[str | None, Query(max_length=36)] = None,
    job_function: JobFunction | None = None,
    status: PersonStatus | None = None,
    email: Annotated[str | None, Query(max_length=320)] = None,
) -> Page[PersonPublic]:
    filters = {"org_unit_id": org_unit_id, "job_function": job_function, "status": status,
               "email": email and email.lower()}
    given = {column: value for column, value in filters.items() if value is not None}
    rows, cursor = await pager.listed(session, _PEOPLE, tuple(given), {"org_id": principal.org, **given})
    return page_of(PersonPublic, rows, cursor)


@shortcut(list_people, takes=only_paging)
async def list_people_page(request: Request, response: Response) -> Page[PersonPublic]:
    """`list_people`'s usual request, a page without filters, without FastAPI's per-request work."""
    principal = await _PEOPLE_READ.principal(request)
    async with request.app.state.db.sessionmaker() as session:
        return await list_people(principal, session, await pager_of(request, response))


@router.post("/v1/people", response_model=PersonPublic, status_code=201, summary="Create a person")
async def create_person(body: PersonCreate, principal: PeopleWriter, session: SessionDep, outbox: OutboxDep,
                        response: Response) -> PersonPublic:
    person = created(response, await service.create_person(session, outbox, principal.org, body), "/v1/people")
    return PersonPublic.model_validate(person)


@router.post(
    "/v1/people/import",
    response_model=ImportReport,
    summary="Create or update people from CSV; any bad row means nothing is written",
    description="Columns: email, name, job_function (required); org_unit (name or id), manager_email, "
    "roles (separated by spaces or semicolons), locale. Upserts by email.",
    openapi_extra=csv_body("email,name,job_function,org_unit,manager_email,roles,locale\n"
                           "ingrid.dahl@fjordline.example,Ingrid Dahl,sales,Sales Norway,,learner ambassador,nb-NO\n"
                           "ola.nordmann@fjordline.example,Ola Nordmann,customer_service,Customer service,"
                           "ingrid.dahl@fjordline.example,learner,nb-NO\n"),
)
async def import_people(principal: PeopleWriter, session: SessionDep, outbox: OutboxDep,
                        text: CsvText) -> ImportReport:
    return await service.import_people(session, outbox, principal.org, text)


@router.get("/v1/people/{person_id}", response_model=PersonPublic, summary="Get a person")
async def get_person(person_id: str, principal: Authenticated, session: SessionDep,
                     response: Response) -> PersonPublic:
    if principal.subject != person_id and not principal.has_any(
            {"admin", "manager", "analyst"}, {"people:read", "people:write"}):
        raise NotFound(f"person: no person {person_id} in this organisation")
    person = tagged(response, await repo.person(session, principal.org, person_id))
    return PersonPublic.model_validate(person)


@router.patch("/v1/people/{person_id}", response_model=PersonPublic, summary="Change a person")
async def update_person(person_id: str, body: PersonUpdate, principal: PeopleWriter, session: SessionDep,
                        outbox: OutboxDep, request: Request, response: Response) -> PersonPublic:
    person = matched(request, await repo.person(session, principal.org, person_id))
    person = tagged(response, await service.update_person(session, outbox, person, body))
    return PersonPublic.model_validate(person)


@router.put("/v1/people/{person_id}/roles", response_model=PersonPublic, summary="Set a person's roles",
            description="The whole set: what the person may do in every service from their next token on. Roles "
            "that the identity provider's group mappings give are set again at each sign-in.")
async def set_roles(person_id: str, body: RolesUpdate, principal: Admin, session: SessionDep, outbox: OutboxDep,
                    request: Request, response: Response) -> PersonPublic:
    person = matched(request, await repo.person(session, principal.org, person_id))
    person = tagged(response, await service.update_person(session, outbox, person, PersonUpdate(roles=body.roles)))
    return PersonPublic.model_validate(person)


@router.delete("/v1/people/{person_id}", status_code=204, response_class=Response,
               summary="Deactivate a person (kept for history; sign-in and assignments stop)")
async def deactivate_person(person_id: str, principal: PeopleWriter, session: SessionDep, outbox: OutboxDep,
                            request: Request) -> Response:
    person = matched(request, await repo.person(session, principal.org, person_id))
    await service.deactivate_person(session, outbox, person)
    return Response(status_code=204)
