"""The demo organisation `netwise up` creates on first run: Fjordline, a Nordic retailer with a web shop."""

from dataclasses import dataclass

from kit.db import Database
from kit.events import Outbox
from services.identity import repositories, service
from services.identity.schemas import ClientCreate, JobFunction, OrgUnitCreate, PersonCreate, Role, Scope

DEMO_SLUG = "fjordline"
ADMIN_EMAIL = "ingrid.dahl@fjordline.example"

# unit -> (job function, [(name, extra roles)]); the first person of each unit manages it.
DEMO_PEOPLE: dict[str, tuple[JobFunction, list[tuple[str, list[Role]]]]] = {
    "Leadership team": (JobFunction.leadership, [
        ("Ingrid Dahl", [Role.admin, Role.manager]), ("Lars Eriksson", [Role.manager]),
        ("Sofie Jansen", [Role.manager]), ("Mikkel Sørensen", [Role.manager])]),
    "B2B Sales": (JobFunction.sales, [
        ("Karin Lindqvist", [Role.manager]), ("Johan Berg", [Role.ambassador]), ("Emma de Vries", []),
        ("Ole Hansen", [Role.ambassador]), ("Nora Solberg", []), ("Pieter Bakker", []), ("Astrid Holm", [])]),
    "Customer Service": (JobFunction.customer_service, [
        ("Henrik Nilsson", [Role.manager]), ("Maja Andersson", []), ("Thijs Visser", []), ("Frida Lund", []),
        ("Kasper Nielsen", []), ("Sanne Mulder", []), ("Elin Karlsson", []), ("Jonas Moe", [])]),
    "Marketing & Communications": (JobFunction.marketing, [
        ("Linnea Ström", [Role.manager, Role.editor]), ("Daan Smit", [Role.editor, Role.ambassador]),
        ("Ida Pedersen", [Role.comms]), ("Erik Aasen", [Role.comms, Role.ambassador]), ("Lotte Meijer", []),
        ("Sara Wikström", [Role.ambassador])]),
    "Web Shop & Product": (JobFunction.product, [
        ("Anders Bjørnstad", [Role.manager]), ("Femke de Boer", []), ("Oscar Lindgren", []),
        ("Camilla Kristensen", []), ("Ruben Jacobs", [])]),
    "Insights": (JobFunction.analytics, [
        ("Hanna Persson", [Role.manager, Role.analyst]), ("Niels Dekker", [Role.analyst]),
        ("Tuva Haugen", [Role.analyst]), ("Mads Christensen", [])]),
    "People & Culture": (JobFunction.hr, [
        ("Malin Sjöberg", [Role.manager]), ("Jesper Madsen", [Role.ambassador]), ("Eva van Dijk", []),
        ("Sigrid Olsen", [])]),
    "IT": (JobFunction.it, [
        ("Per Johansson", [Role.manager]), ("Bram Hendriks", []), ("Kristin Vik", []), ("Rasmus Poulsen", []),
        ("Tove Engström", [])]),
    "Stores": (JobFunction.other, [
        ("Gustav Holmberg", [Role.manager]), ("Liv Berge", [Role.ambassador]), ("Noah Janssens", []),
        ("Alma Nyström", []), ("Viktor Larsen", []), ("Julie Thomsen", [])]),
}


@dataclass
class DemoClient:
    client_id: str
    client_secret: str


def email_for(name: str) -> str:
    local = name.lower().replace(" ", ".")
    for a, b in (("ø", "o"), ("æ", "ae"), ("å", "a"), ("ä", "a"), ("ö", "o")):
        local = local.replace(a, b)
    return f"{local}@{DEMO_SLUG}.example"


async def seed_identity(db: Database, outbox: Outbox) -> DemoClient | None:
    """Creates the demo organisation unless it exists; returns the integration client made for it."""
    async with db.transaction() as session:
        if await repositories.organisation_by_slug(session, DEMO_SLUG) is not None:
            return None
        org = await service.create_organisation(
            session, outbox, name="Fjordline", slug=DEMO_SLUG, currency="SEK", timezone="Europe/Stockholm",
            default_locale="sv-SE")
        hq = await service.create_org_unit(session, outbox, org.id, OrgUnitCreate(name="Fjordline"))
        ceo_id: str | None = None
        for unit_name, (function, people) in DEMO_PEOPLE.items():
            unit = await service.create_org_unit(session, outbox, org.id,
                                                 OrgUnitCreate(name=unit_name, parent_id=hq.id))
            head_id: str | None = None
            for name, roles in people:
                person = await service.create_person(session, outbox, org.id, PersonCreate(
                    email=email_for(name), name=name, job_function=function, org_unit_id=unit.id,
                    manager_id=head_id or ceo_id, roles=[Role.learner, *roles],
                    locale="nl-NL" if " de " in name or " van " in name else None))
                head_id = head_id or person.id
                ceo_id = ceo_id or person.id
        client, secret = await service.create_client(session, outbox, org.id, ClientCreate(
            name="Demo LMS (Moodle)", scopes=list(Scope)))
    return DemoClient(client.id, secret)
