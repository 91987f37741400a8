"""The `netwise` command: run the platform on one machine, migrate, mint tokens, check the contract."""

import contextlib
from collections.abc import AsyncIterator, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from netwise_cli.apps import APPS, SERVICES, AppSpec, SettingsRefused, load_settings

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

    from kit.events import Outbox
    from kit.settings import AppSettings
    from services.identity.settings import IdentitySettings

T = TypeVar("T")

app = typer.Typer(help="netwise: social media competence for a whole organisation.", no_args_is_help=True,
                  pretty_exceptions_enable=False)


def settings_of(*specs: AppSpec) -> "list[AppSettings]":
    """The apps' settings; when any is wrong, one line naming every offending variable and exit status 1."""
    try:
        return load_settings(*specs)
    except SettingsRefused as exc:
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(1) from exc


def identity_settings() -> "IdentitySettings":
    from services.identity.settings import IdentitySettings

    [settings] = settings_of(APPS["identity"])
    assert isinstance(settings, IdentitySettings)
    return settings


@app.command()
def serve(
    name: str = typer.Argument(..., help=f"One of: {', '.join(APPS)}"),
    host: str = typer.Option("0.0.0.0", help="Interface to listen on."),
    port: int | None = typer.Option(None, help="Port (default: the app's usual port)."),
) -> None:
    """Serve one app with uvicorn (what each container runs)."""
    import uvicorn

    spec = APPS.get(name)
    if spec is None:
        raise typer.BadParameter(f"unknown app {name!r}; choose one of {', '.join(APPS)}")
    settings_of(spec)  # a refusal is one line here, not a traceback from inside uvicorn
    # X-Forwarded-* is trusted only from the addresses in FORWARDED_ALLOW_IPS (uvicorn's default: 127.0.0.1),
    # so a client cannot fake its address to the gateway's rate limit.
    uvicorn.run(spec.factory, factory=True, host=host, port=port or spec.port, log_config=None, proxy_headers=True,
                timeout_keep_alive=spec.settings().keep_alive_seconds)


@app.command()
def migrate(names: list[str] = typer.Argument(None, help="Services to migrate (default: all).")) -> None:
    """Apply every service's migrations to the database its settings name."""
    from kit.migrations import grant_to_service_role, upgrade
    from kit.settings import ServiceSettings

    chosen = [s for s in SERVICES if not names or s.name in names]
    for spec, settings in zip(chosen, settings_of(*chosen), strict=True):
        assert spec.migrations is not None and isinstance(settings, ServiceSettings)
        owner_url = settings.database_migration_url or settings.database_url
        typer.echo(f"migrating {spec.name} ...")
        try:
            upgrade(spec.migrations, owner_url)
            role = grant_to_service_role(owner_url, settings.database_url)
            if role:
                typer.echo(f"{spec.name}: role {role} may read and write rows, nothing more")
        except Exception as exc:
            typer.secho(f"{spec.name}: migration failed: {exc}", fg="red", err=True)
            raise typer.Exit(1) from exc
    typer.echo("all migrations applied")


@app.command()
def up(
    var_dir: Path = typer.Option(Path("var"), help="Where the SQLite databases, logs and demo credentials live."),
    gateway_port: int = typer.Option(8000, help="Gateway port."),
    identity_port: int = typer.Option(8001, help="identity port."),
    curriculum_port: int = typer.Option(8002, help="curriculum port."),
    advocacy_port: int = typer.Option(8003, help="advocacy port."),
    analytics_port: int = typer.Option(8004, help="analytics port."),
    webhooks_port: int = typer.Option(8005, help="webhooks port."),
) -> None:
    """Start identity, curriculum, advocacy, analytics, webhooks and the gateway on 127.0.0.1 (embedded mode)."""
    from rich.console import Console

    from netwise_cli.up import Plan, run

    ports = {"gateway": gateway_port, "identity": identity_port, "curriculum": curriculum_port,
             "advocacy": advocacy_port, "analytics": analytics_port, "webhooks": webhooks_port}
    if len(set(ports.values())) != len(ports):
        raise typer.BadParameter("every app needs a port of its own")
    raise typer.Exit(run(Plan(var_dir=var_dir, ports=ports), Console()))


@app.command()
def token(
    email: str = typer.Option(..., help="The person's e-mail address."),
    org: str | None = typer.Option(None, help="Organisation slug, when the e-mail exists in several."),
    ttl: int = typer.Option(3600, min=1, help="Lifetime in seconds."),
    var_dir: Path = typer.Option(Path("var"), help="The --var-dir of the running `netwise up`."),
) -> None:
    """Mint a person's access token for the embedded platform `netwise up` runs (production people sign in
    through an IdP)."""
    from netwise_cli.platform import PlatformInfo, PlatformNotFound, mint_person_token

    try:
        typer.echo(mint_person_token(PlatformInfo.read(var_dir), email, org, ttl))
    except (PlatformNotFound, LookupError) as exc:
        typer.secho(f"netwise: {exc}", fg="red", err=True)
        raise typer.Exit(1) from exc


@app.command()
def openapi(
    check: bool = typer.Option(False, "--check", help="Fail if the committed files differ from the code."),
    directory: Path = typer.Option(Path("openapi"), "--dir", help="Where the contract files live."),
) -> None:
    """Write (or check) openapi/<app>.json, the merged gateway.json and the event schemas; writing also
    generates the clients under clients/ (not kept in git)."""
    from netwise_cli import clients
    from netwise_cli.contract import differences, write

    if check:
        problems = differences(directory)
        for problem in problems:
            typer.secho(problem, fg="red", err=True)
        if problems:
            typer.secho("run `uv run netwise openapi` and commit the result", err=True)
            raise typer.Exit(1)
        typer.echo(f"{directory}/ matches the code")
        return
    for path in write(directory):
        typer.echo(f"wrote {directory / path}")
    if directory.resolve() == clients.SPEC.parent:  # the clients follow the committed contract, not a scratch copy
        try:
            warnings = clients.write()
        except clients.ClientToolMissing as exc:
            typer.secho(f"clients/ not regenerated: {exc}", fg="yellow", err=True)
            return
        typer.echo("wrote clients/typescript/src/schema.d.ts and clients/python/netwise-client")
        for warning in warnings:
            typer.secho(f"  {warning}", fg="yellow")


keys_app = typer.Typer(help="Token signing keys.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@keys_app.command("rotate")
def rotate_keys(force: bool = typer.Option(False, help="Rotate even if the next key is newly published.")) -> None:
    """Let the published next key sign; the old one stays in the JWKS until its tokens expire."""
    import asyncio

    from services.identity.keys import KeyNotPublishedLongEnough

    try:
        kid = asyncio.run(_rotate(force))
    except KeyNotPublishedLongEnough as exc:
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"key {kid} now signs new tokens")


async def _rotate(force: bool) -> str:
    from kit.db import Database
    from services.identity import keys

    settings = identity_settings()
    db = Database(settings.database_url)
    try:
        async with db.transaction() as session:
            signing = await keys.rotate(session, token_ttl_seconds=max(settings.client_token_ttl_seconds,
                                                                       settings.person_token_ttl_seconds),
                                        publish_seconds=settings.key_publish_seconds, force=force)
            return signing.kid
    finally:
        await db.dispose()


org_app = typer.Typer(help="Organisations (tenants).", no_args_is_help=True)
app.add_typer(org_app, name="org")


@org_app.command("create")
def create_org(
    name: str = typer.Option(..., help="The organisation's name."),
    slug: str = typer.Option(..., help="Short unique name, e.g. acme."),
    admin_email: str = typer.Option(..., help="E-mail of its first administrator."),
    admin_name: str = typer.Option("Administrator", help="Name of its first administrator."),
    currency: str = typer.Option("EUR", help="ISO 4217 currency for costs and value."),
    timezone: str = typer.Option("Europe/Stockholm", help="IANA time zone for calendar periods."),
    locale: str = typer.Option("en", help="Default BCP 47 locale of its content."),
) -> None:
    """Create an organisation with its first administrator (an operator's task, in any mode)."""
    org_id, admin_id = run_operator_task(_create_org(name, slug, admin_email, admin_name, currency, timezone, locale))
    typer.echo(f"organisation {org_id}\nadmin {admin_id}")


async def _create_org(name: str, slug: str, admin_email: str, admin_name: str, currency: str, timezone: str,
                      locale: str) -> tuple[str, str]:
    from services.identity import service
    from services.identity.schemas import JobFunction, OrganisationUpdate, PersonCreate, Role

    checked = OrganisationUpdate(name=name, currency=currency, timezone=timezone, default_locale=locale)
    async with identity_transaction() as (session, outbox, _):
        org = await service.create_organisation(
            session, outbox, name=checked.name or name, slug=slug, currency=checked.currency or currency,
            timezone=checked.timezone or timezone, default_locale=checked.default_locale or locale)
        admin = await service.create_person(session, outbox, org.id, PersonCreate(
            email=admin_email, name=admin_name, job_function=JobFunction.leadership, roles=[Role.admin, Role.learner]))
        return org.id, admin.id


@contextlib.asynccontextmanager
async def identity_transaction() -> "AsyncIterator[tuple[AsyncSession, Outbox, IdentitySettings]]":
    """A transaction on identity's database, with its outbox (so the other services hear of what changes)."""
    from kit.db import Database
    from kit.events import Outbox
    from services.identity.models import outbox_table

    settings = identity_settings()
    db = Database(settings.database_url)
    try:
        async with db.transaction() as session:
            yield session, Outbox.of("identity", outbox_table, settings.outbox_destinations()), settings
    finally:
        await db.dispose()


def run_operator_task(task: "Coroutine[Any, Any, T]") -> T:
    """Runs an operator's command; bad input is one line per field and exit status 1, never a traceback."""
    import asyncio

    from pydantic import ValidationError

    from kit.problems import Problem

    try:
        return asyncio.run(task)
    except ValidationError as exc:
        for error in exc.errors():
            typer.secho(f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}", fg="red", err=True)
        raise typer.Exit(1) from exc
    except Problem as exc:
        lines = [f"{e.field}: {e.message}" for e in exc.errors] if exc.errors else [exc.detail or exc.title]
        for line in lines:
            typer.secho(line, fg="red", err=True)
        raise typer.Exit(1) from exc


async def _organisation(session: "AsyncSession", slug: str) -> str:
    from kit.problems import NotFound
    from services.identity import repositories

    org = await repositories.organisation_by_slug(session, slug)
    if org is None:
        raise NotFound(f"no organisation {slug!r}")
    return org.id


client_app = typer.Typer(help="Integration clients (an LMS, an HR system, a directory's SCIM).", no_args_is_help=True)
app.add_typer(client_app, name="client")


@client_app.command("create")
def create_client(
    org: str = typer.Option(..., help="The organisation's slug."),
    name: str = typer.Option(..., help="What the client is, e.g. Moodle."),
    scopes: str = typer.Option(..., help="Space-separated scopes, e.g. 'people:read people:write'."),
) -> None:
    """Register an integration client; its secret is printed once (only a hash is kept)."""

    async def create() -> tuple[str, str]:
        from services.identity import service
        from services.identity.schemas import ClientCreate

        data = ClientCreate.model_validate({"name": name, "scopes": scopes.split()})
        async with identity_transaction() as (session, outbox, _):
            client, secret = await service.create_client(session, outbox, await _organisation(session, org), data)
            return client.id, secret

    client_id, secret = run_operator_task(create())
    typer.echo(f"client_id {client_id}\nclient_secret {secret}\n(the secret is shown this once)")


spa_app = typer.Typer(help="First-party apps (SPAs) that sign people in.", no_args_is_help=True)
app.add_typer(spa_app, name="app")


@spa_app.command("register")
def register_app(
    name: str = typer.Option(..., help="The app's name, e.g. Intranet."),
    redirect_uri: list[str] = typer.Option(..., help="Where people come back signed in (exact; repeat for more)."),
) -> None:
    """Register an SPA as a public client: it signs people in with the authorization code flow and PKCE."""

    async def register() -> str:
        from services.identity import sign_in

        async with identity_transaction() as (session, _, _settings):
            return (await sign_in.register_app(session, name=name, redirect_uris=redirect_uri)).id

    typer.echo(f"client_id {run_operator_task(register())}")


idp_app = typer.Typer(help="Organisations' identity providers (OpenID Connect).", no_args_is_help=True)
app.add_typer(idp_app, name="idp")


@idp_app.command("set")
def set_idp(
    org: str = typer.Option(..., help="The organisation's slug."),
    issuer: str = typer.Option(..., help="The provider's issuer, e.g. https://accounts.google.com."),
    client_id: str = typer.Option(..., help="netwise's client id at the provider."),
    client_secret: str = typer.Option(..., envvar="NETWISE_IDP_CLIENT_SECRET", prompt=True, hide_input=True,
                                      help="netwise's client secret at the provider (or NETWISE_IDP_CLIENT_SECRET)."),
    allowed_domain: list[str] = typer.Option([], help="An e-mail domain that may sign in (repeat; none: any)."),
    identify_by: str = typer.Option("email", help="email (verified) or subject (linked at first sign-in)."),
    create_unknown: bool = typer.Option(False, help="Create people at their first sign-in."),
) -> None:
    """Connect an organisation to its OpenID provider (its discovery document is checked first)."""

    async def connect() -> str:
        from services.identity import sign_in
        from services.identity.schemas import IdentityProviderSet

        data = IdentityProviderSet.model_validate({
            "issuer": issuer, "client_id": client_id, "client_secret": client_secret,
            "allowed_domains": allowed_domain, "identify_by": identify_by, "create_unknown": create_unknown})
        async with identity_transaction() as (session, _, settings):
            await sign_in.set_provider(session, sign_in.Providers(), settings, await _organisation(session, org),
                                       data)
            return sign_in.callback_url(settings)

    callback = run_operator_task(connect())
    typer.echo(f"connected; register this redirect URI at the provider: {callback}")


@app.command("settings")
def settings_command(
    readme: Path | None = typer.Option(None, help="Rewrite the configuration table in this README instead."),
) -> None:
    """Print every app's settings as a Markdown table (the README's configuration table)."""
    from netwise_cli.contract import readme_with_settings, settings_table

    if readme is None:
        typer.echo(settings_table())
        return
    readme.write_text(readme_with_settings(readme.read_text()))
    typer.echo(f"updated the configuration table in {readme}")
