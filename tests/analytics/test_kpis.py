"""KPI catalogue, measurements, KPIs derived from events (counted once), objectives and use cases."""

from datetime import timedelta

import httpx

from kit.ids import new_id
from services.analytics.kpis import STANDARD_KPIS
from services.analytics.periods import today_in, utc_range
from tests.analytics.conftest import Tenant
from tests.locales import missing_locales
from tests.support import deliver


def today() -> str:
    """The organisation's today, asked when a test runs (a run may cross midnight in Stockholm)."""
    return today_in("Europe/Stockholm").isoformat()


def now() -> str:
    """A minute into today in Stockholm: already past at any hour the suite runs, and inside today's period."""
    day = today_in("Europe/Stockholm")
    return (utc_range("Europe/Stockholm", day, day)[0] + timedelta(minutes=1)).isoformat()


def value(values: dict[str, object], key: str) -> object:
    return next(i for i in values["items"] if i["key"] == key)  # type: ignore[attr-defined]


async def test_the_catalogue_publishes_formulas_in_the_readers_locale(client: httpx.AsyncClient,
                                                                      tenant: Tenant) -> None:
    swedish = await client.get("/v1/kpis", headers=tenant.headers("sam"))  # the organisation's default: sv-SE
    assert swedish.status_code == 200 and swedish.headers["Content-Language"] == "sv"
    coverage = next(k for k in swedish.json() if k["key"] == "training_coverage")
    assert coverage["name"] == "Utbildningstäckning" and coverage["kind"] == "derived" and coverage["standard"]
    english = await client.get("/v1/kpis/leads", headers={**tenant.headers("sam"), "Accept-Language": "en"})
    assert english.json()["formula"] == "qualified leads attributed to the channel"
    assert english.headers["Content-Language"] == "en"
    created = await client.post("/v1/kpis", headers=tenant.headers("ada"), json={
        "key": "store_visits", "names": {"sv": "Butiksbesök", "en": "Store visits"},
        "formulas": {"sv": "besök i butik med kupong från kanalen", "en": "store visits with the channel's coupon"}})
    assert created.status_code == 201 and created.json()["name"] == "Butiksbesök"
    again = await client.post("/v1/kpis", headers=tenant.headers("ada"), json={
        "key": "leads", "names": {"en": "x"}, "formulas": {"en": "y"}})
    assert again.status_code == 409
    assert (await client.get("/v1/kpis/store_visits", headers=tenant.headers("sam"))).status_code == 200


def test_every_standard_kpi_has_its_name_and_formula_in_every_locale() -> None:
    catalogue = {key: {"names": kpi.names, "formulas": kpi.formulas} for key, kpi in STANDARD_KPIS.items()}
    assert missing_locales(catalogue) == []
    assert missing_locales({"leads": {"names": {"en": "Leads", "sv": "Leads"}}}) == [  # the walker finds gaps
        ".leads.names: missing nb, da, nl"]


async def test_norwegian_danish_and_dutch_readers_get_their_own_catalogue(client: httpx.AsyncClient,
                                                                          tenant: Tenant) -> None:
    for language, name in (("nb-NO", "Opplæringsdekning"), ("da-DK", "Uddannelsesdækning"),
                           ("nl-NL", "Trainingsdekking")):
        response = await client.get("/v1/kpis", headers={**tenant.headers("sam"), "Accept-Language": language})
        locale = language.split("-")[0]
        assert response.headers["Content-Language"] == locale, language  # every KPI, none falls back to Swedish
        assert {k["locale"] for k in response.json()} == {locale}
        assert next(k for k in response.json() if k["key"] == "training_coverage")["name"] == name


async def test_measurements_are_idempotent_and_derived_kpis_refuse_them(client: httpx.AsyncClient,
                                                                        tenant: Tenant) -> None:
    body = {"kpi_key": "followers", "channel": "instagram", "starts_on": "2024-03-01", "ends_on": "2024-03-31",
            "value": "1520.5"}
    headers = {**tenant.client("kpis:write"), "Idempotency-Key": "m-1"}
    first = await client.post("/v1/kpi-measurements", json=body, headers=headers)
    second = await client.post("/v1/kpi-measurements", json=body, headers=headers)
    assert first.status_code == second.status_code == 201 and first.json() == second.json()
    listed = await client.get("/v1/kpi-measurements", params={"kpi_key": "followers"}, headers=tenant.headers("ada"))
    assert [m["value"] for m in listed.json()["items"]] == ["1520.5"]
    derived = await client.post("/v1/kpi-measurements", json={**body, "kpi_key": "shares"},
                                headers=tenant.headers("ada"))
    assert derived.status_code == 422 and derived.json()["errors"][0]["field"] == "kpi_key"
    unknown = await client.post("/v1/kpi-measurements", json={**body, "kpi_key": "vibes"},
                                headers=tenant.headers("ada"))
    assert unknown.status_code == 422
    backwards = await client.post("/v1/kpi-measurements", json={**body, "ends_on": "2024-02-01"},
                                  headers=tenant.headers("ada"))
    assert backwards.status_code == 422
    assert (await client.post("/v1/kpi-measurements", json=body, headers=tenant.headers("sam"))).status_code == 403


async def test_kpis_derive_from_training_and_advocacy_events_counted_once(client: httpx.AsyncClient,
                                                                         tenant: Tenant) -> None:
    org, people = tenant.org_id, tenant.people
    certification = {"id": new_id(), "person_id": people["sam"], "track_id": "t1",
                     "certification_key": "social-media-ambassador", "issued_at": now(),
                     "expires_at": "2099-01-01T00:00:00Z"}
    event_id = new_id()
    for _ in range(2):  # at least once: the relay delivers the same event again
        await deliver(client, "netwise.curriculum.certification.issued", org, certification, event_id=event_id)
    for who in ("sia", "sol"):
        await deliver(client, "netwise.curriculum.certification.issued", org, {
            **certification, "id": new_id(), "person_id": people[who]})
    share = {"id": new_id(), "person_id": people["sam"], "post_id": "p1", "topic_id": "t", "network": "linkedin",
             "created_at": now(), "potential_reach": 800}
    share_event = new_id()
    for _ in range(2):
        await deliver(client, "netwise.advocacy.share.created", org, share, event_id=share_event)
    await deliver(client, "netwise.advocacy.ambassador.enrolled", org, {
        "person_id": people["sam"], "enrolled_at": now(), "networks": ["linkedin"]})
    await deliver(client, "netwise.advocacy.click.counted", org, {
        "post_id": "p1", "share_id": share["id"], "topic_id": "t", "network": "linkedin", "person_id": people["sam"],
        "minute": now(), "clicks": 7})
    await deliver(client, "netwise.curriculum.policy.published", org, {
        "policy_id": "pol", "version": "2.0", "major": 2, "requires_acknowledgement": True, "published_at": now()})
    await deliver(client, "netwise.curriculum.policy.acknowledged", org, {
        "person_id": people["sia"], "policy_id": "pol", "version": "2.0", "major": 2, "acknowledged_at": now()})
    await deliver(client, "netwise.advocacy.programme.updated", org, {  # advocacy's programme owns the rates
        "earned_media_cpm_minor": 5000, "earned_media_cpc_minor": 300, "version": 1, "updated_at": now()})

    values = (await client.get("/v1/kpi-values", params={"from": today(), "to": today()},
                               headers=tenant.headers("ada"))).json()
    assert value(values, "training_coverage") | {} == {
        "key": "training_coverage", "kind": "derived", "unit": "percent", "value": "37.5", "numerator": 3,
        "denominator": 8}
    assert value(values, "shares")["value"] == "1"  # type: ignore[index]
    assert value(values, "potential_reach")["value"] == "800"  # type: ignore[index]
    assert value(values, "clicks")["value"] == "7"  # type: ignore[index]
    assert value(values, "ambassador_participation")["numerator"] == 1  # type: ignore[index]
    assert value(values, "policy_acknowledgement_rate")["value"] == "12.5"  # type: ignore[index]
    assert value(values, "earned_media_value")["value"] == str(4000 + 7 * 300)  # type: ignore[index]

    await deliver(client, "netwise.curriculum.certification.expired", org, {
        "id": certification["id"], "person_id": people["sam"], "track_id": "t1",
        "certification_key": "social-media-ambassador", "expired_at": now()})
    await deliver(client, "netwise.advocacy.ambassador.left", org, {"person_id": people["sam"], "left_at": now()})
    values = (await client.get("/v1/kpi-values", params={"from": today(), "to": today()},
                               headers=tenant.headers("ada"))).json()
    assert value(values, "training_coverage")["numerator"] == 2  # type: ignore[index]
    assert value(values, "opt_out_rate")["value"] == "100.0"  # type: ignore[index]

    coverage = (await client.get("/v1/reports/training-coverage", headers=tenant.headers("ada"))).json()
    assert [(r["unit_name"], r["headcount"], r["certified"]) for r in coverage["rows"]] == [("Sales", 5, 2)]
    assert coverage["suppression"]["suppressed_groups"] == 2  # HQ (1 person) and Service (2)
    reach = (await client.get("/v1/reports/advocacy-reach", params={"from": today(), "to": today()},
                              headers=tenant.headers("ada"))).json()
    assert [(r["unit_name"], r["shares"], r["potential_reach"], r["clicks"]) for r in reach["rows"]] == [
        ("Sales", 1, 800, 7)]
    assert (await client.get("/v1/reports/advocacy-reach", headers=tenant.headers("sam"))).status_code == 403


async def test_objectives_track_progress_from_measurements(client: httpx.AsyncClient, tenant: Tenant,
                                                           other_tenant: Tenant) -> None:
    created = await client.post("/v1/objectives", headers=tenant.headers("mona"), json={
        "title": "LinkedIn leads Q1", "owner_id": tenant.people["mona"], "kpi_key": "leads", "channel": "linkedin",
        "target": "40", "starts_on": "2024-01-01", "ends_on": "2024-03-31",
        "learning_intent": "Whether social selling brings leads we would not get by phone"})
    assert created.status_code == 201 and created.json()["current"] is None
    for month, leads in (("01", "10"), ("02", "12")):
        await client.post("/v1/kpi-measurements", headers=tenant.headers("ada"), json={
            "kpi_key": "leads", "channel": "linkedin", "starts_on": f"2024-{month}-01", "ends_on": f"2024-{month}-28",
            "value": leads})
    await client.post("/v1/kpi-measurements", headers=tenant.headers("ada"), json={
        "kpi_key": "leads", "channel": "facebook", "starts_on": "2024-01-01", "ends_on": "2024-01-31", "value": "99"})
    objective = (await client.get(f"/v1/objectives/{created.json()['id']}", headers=tenant.headers("sam"))).json()
    assert objective["current"] == "22" and objective["progress_percent"] == 55.0
    assert (await client.get(f"/v1/objectives/{objective['id']}",
                             headers=other_tenant.headers("ada"))).status_code == 404
    bad_owner = await client.post("/v1/objectives", headers=tenant.headers("ada"), json={
        "title": "x", "owner_id": other_tenant.people["ada"], "kpi_key": "leads", "target": "1",
        "starts_on": "2024-01-01", "ends_on": "2024-01-02", "learning_intent": "x"})
    assert bad_owner.status_code == 422 and bad_owner.json()["errors"][0]["field"] == "owner_id"
    changed = await client.patch(f"/v1/objectives/{objective['id']}", headers={**tenant.headers("mona"),
                                                                              "If-Match": '"1"'}, json={"target": "44"})
    assert changed.json()["progress_percent"] == 50.0


async def test_the_use_case_register_per_unit(client: httpx.AsyncClient, tenant: Tenant,
                                              other_tenant: Tenant) -> None:
    body = {"org_unit_id": tenant.units["sales"], "channel": "linkedin", "purpose": "Social selling to B2B buyers",
            "business_value": "Shorter sales cycles", "kpi_keys": ["leads"], "owner_id": tenant.people["mona"]}
    created = await client.post("/v1/use-cases", headers=tenant.headers("mona"), json=body)
    assert created.status_code == 201
    listed = await client.get("/v1/use-cases", params={"org_unit_id": tenant.units["sales"]},
                              headers=tenant.headers("sam"))
    assert [u["purpose"] for u in listed.json()["items"]] == ["Social selling to B2B buyers"]
    elsewhere = await client.post("/v1/use-cases", headers=tenant.headers("mona"),
                                  json={**body, "org_unit_id": tenant.units["service"]})
    assert elsewhere.status_code == 403
    foreign = await client.post("/v1/use-cases", headers=tenant.headers("ada"),
                                json={**body, "org_unit_id": other_tenant.units["sales"]})
    assert foreign.status_code == 422 and foreign.json()["errors"][0]["field"] == "org_unit_id"
    unknown_kpi = await client.post("/v1/use-cases", headers=tenant.headers("ada"), json={**body, "kpi_keys": ["x1"]})
    assert unknown_kpi.status_code == 422 and unknown_kpi.json()["errors"][0]["field"] == "kpi_keys[0]"
    assert (await client.get(f"/v1/use-cases/{created.json()['id']}",
                             headers=other_tenant.headers("ada"))).status_code == 404
