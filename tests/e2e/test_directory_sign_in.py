"""From the organisation's directory to a learner's screen and out again, with real parts: the directory provisions
a person by SCIM into a group mapped to the Sales unit; curriculum hears of it and assigns the sales track; the
person signs in through the organisation's OpenID provider (oidc-provider, run by the test) and sees the track in
`me/learning` through the gateway; the directory deactivates them, and their refresh token stops working."""

import asyncio
from pathlib import Path

import httpx
import pytest

from gateway.app import create_app as create_gateway
from gateway.settings import GatewaySettings
from services.curriculum.app import MIGRATIONS as CURRICULUM_MIGRATIONS
from services.curriculum.app import create_app as create_curriculum
from services.curriculum.settings import CurriculumSettings
from services.identity import service, sign_in
from services.identity.app import MIGRATIONS as IDENTITY_MIGRATIONS
from services.identity.app import create_app as create_identity
from services.identity.models import Organisation
from services.identity.schemas import JobFunction, PersonCreate, Role
from services.identity.settings import IdentitySettings
from tests.curriculum.conftest import module_body
from tests.databases import migrated_database
from tests.identity.conftest import make_tenant
from tests.identity.test_sign_in import IDP_CLIENT, IDP_SECRET, World, openid_provider, pkce, query, sign_in_as
from tests.support import free_port, serving

pytestmark = pytest.mark.e2e
SCIM = "application/scim+json"
SPA = "http://127.0.0.1:5173/signed-in"


async def test_directory_to_learning_to_deactivation(tmp_path: Path) -> None:
    ports = {name: free_port() for name in ("identity", "curriculum", "gateway")}
    url = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    public = f"{url['gateway']}/identity"
    async with migrated_database("sqlite", IDENTITY_MIGRATIONS, tmp_path) as identity_db, \
            migrated_database("sqlite", CURRICULUM_MIGRATIONS, tmp_path) as curriculum_db:
        identity = create_identity(IdentitySettings(
            database_url=identity_db, issuer=public, subscribers=[f"{url['curriculum']}/internal/events"],
            relay_interval_seconds=0.1, log_level="WARNING"))
        curriculum = create_curriculum(CurriculumSettings(
            database_url=curriculum_db, issuer=public, jwks_url=f"{url['identity']}/.well-known/jwks.json",
            log_level="WARNING"))
        gateway = create_gateway(GatewaySettings(
            identity_url=url["identity"], curriculum_url=url["curriculum"], issuer=public, public_url=url["gateway"],
            jwks_url=f"{url['identity']}/.well-known/jwks.json", log_level="WARNING"))
        tenant = await make_tenant(identity)
        async with identity.state.db.transaction() as session:
            slug = (await session.get(Organisation, tenant.org_id)).slug
            app = await sign_in.register_app(session, name="Intranet", redirect_uris=[SPA])
            editor = await service.create_person(session, identity.state.outbox, tenant.org_id, PersonCreate(
                email=f"ed@{slug}.example", name="Ed Editor", job_function=JobFunction.marketing,
                roles=[Role.editor, Role.learner]))
            editor_token = await service.person_token(session, person=editor, issuer=public, audience="netwise",
                                                      ttl_seconds=600)
        accounts = {"sam-sub": {"email": f"sam@{slug}.example", "email_verified": True, "name": "Sam Seller"}}
        async with openid_provider([f"{public}/v1/oauth/callback"], accounts) as provider, \
                serving(identity, ports["identity"]), serving(curriculum, ports["curriculum"]), \
                serving(gateway, ports["gateway"]), httpx.AsyncClient(base_url=url["gateway"], timeout=10) as http:
            admin = tenant.admin
            editing = {"Authorization": f"Bearer {editor_token}"}
            # The admin: a Sales unit, the provider (its Sales group is the unit), a SCIM credential.
            sales = (await http.post("/identity/v1/org-units", headers=admin, json={"name": "Sales"})).json()
            connected = await http.put("/identity/v1/identity-provider", headers=admin, json={
                "issuer": provider, "client_id": IDP_CLIENT, "client_secret": IDP_SECRET,
                "group_units": {"Sales": sales["id"]}})
            assert connected.status_code == 200, connected.text
            client = (await http.post("/identity/v1/clients", headers=admin, json={
                "name": "Entra ID", "scopes": ["scim"]})).json()
            token = (await http.post("/identity/v1/oauth/token", data={"grant_type": "client_credentials"},
                                     auth=(client["id"], client["client_secret"]))).json()["access_token"]
            directory = {"Authorization": f"Bearer {token}", "Content-Type": SCIM}

            # The editor: a sales track, assigned to everyone in Sales.
            module = (await http.post("/curriculum/v1/modules", headers=editing, json=module_body())).json()
            assert (await http.post(f"/curriculum/v1/modules/{module['id']}/publish", headers=editing)
                    ).status_code == 200
            track = (await http.post("/curriculum/v1/tracks", headers=editing, json={
                "content": {"en": {"title": "Sales on social", "summary": "Role track for sales"}}, "phase": "role",
                "module_ids": [module["id"]], "audience_job_functions": ["sales"]})).json()
            assert (await http.post(f"/curriculum/v1/tracks/{track['id']}/publish", headers=editing)
                    ).status_code == 200
            for _ in range(100):  # curriculum knows the Sales unit once identity's event has reached it
                rule = await http.post("/curriculum/v1/assignment-rules", headers=editing, json={
                    "track_id": track["id"], "org_unit_id": sales["id"]})
                if rule.status_code != 422:
                    break
                await asyncio.sleep(0.1)
            assert rule.status_code == 201, rule.text

            # The directory: Sam, then the Sales group with Sam in it.
            sam = await http.post("/identity/scim/v2/Users", headers=directory, json={
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": f"sam@{slug}.example",
                "name": {"givenName": "Sam", "familyName": "Seller"}, "active": True,
                "emails": [{"value": f"sam@{slug}.example", "primary": True}]})
            assert sam.status_code == 201, sam.text
            group = await http.post("/identity/scim/v2/Groups", headers=directory, json={
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Sales",
                "members": [{"value": sam.json()["id"]}]})
            assert group.status_code == 201, group.text

            # Sam signs in through the provider, from the SPA, and finds the track assigned.
            world = World(url["gateway"], provider, tenant, slug, app.id, identity)
            verifier, challenge = pkce()
            back = await sign_in_as(world, "sam-sub", challenge=challenge, redirect_uri=SPA)
            tokens = (await http.post("/identity/v1/oauth/token", data={
                "grant_type": "authorization_code", "code": query(back)["code"], "redirect_uri": SPA,
                "client_id": app.id, "code_verifier": verifier})).json()
            signed_in = {"Authorization": f"Bearer {tokens['access_token']}"}
            me = (await http.get("/identity/v1/me", headers=signed_in)).json()
            assert me["id"] == sam.json()["id"] and me["org_unit_id"] == sales["id"]
            titles: list[str] = []
            for _ in range(100):  # identity's events reach curriculum within a relay pass or two
                learning = await http.get("/curriculum/v1/me/learning", headers=signed_in)
                if learning.status_code == 200 and (titles := [i["title"] for i in learning.json()["items"]]):
                    break
                await asyncio.sleep(0.1)
            assert titles == ["Sales on social"]

            # The directory deactivates Sam: the next refresh is refused.
            off = await http.patch(f"/identity/scim/v2/Users/{sam.json()['id']}", headers=directory, json={
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                "Operations": [{"op": "Replace", "path": "active", "value": "False"}]})
            assert off.status_code == 200 and off.json()["active"] is False
            refused = await http.post("/identity/v1/oauth/token", data={
                "grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": app.id})
            assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
            back = await sign_in_as(world, "sam-sub", redirect_uri=SPA)
            assert query(back)["error"] == "access_denied"
