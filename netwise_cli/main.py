"""The `netwise` command: run the platform on one machine, migrate, mint tokens, check the contract."""

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from netwise_cli.apps import APPS, SERVICES, database_url

if TYPE_CHECKING:
    from services.identity.settings import IdentitySettings

app = typer.Typer(help="netwise: social media competence for a whole organisation.", no_args_is_help=True,
                  pretty_exceptions_enable=False)


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
    uvicorn.run(spec.factory, factory=True, host=host, port=port or spec.port, log_config=None,
                proxy_headers=True, forwarded_allow_ips="*")


@app.command()
def migrate(names: list[str] = typer.Argument(None, help="Services to migrate (default: all).")) -> None:
    """Apply every service's migrations to the database its settings name."""
    from kit.migrations import upgrade

    chosen = [s for s in SERVICES if not names or s.name in names]
    for spec in chosen:
        assert spec.migrations is not None
        url = database_url(spec)
        typer.echo(f"migrating {spec.name} ...")
        try:
            upgrade(spec.migrations, url)
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
) -> None:
    """Start identity, curriculum, advocacy, analytics and the gateway on 127.0.0.1 (embedded mode)."""
    from rich.console import Console

    from netwise_cli.up import Plan, run

    ports = {"gateway": gateway_port, "identity": identity_port, "curriculum": curriculum_port,
             "advocacy": advocacy_port, "analytics": analytics_port}
    if len(set(ports.values())) != len(ports):
        raise typer.BadParameter("every app needs a port of its own")
    raise typer.Exit(run(Plan(var_dir=var_dir, ports=ports), Console()))


@app.command()
def token(
    email: str = typer.Option(..., help="The person's e-mail address."),
    org: str | None = typer.Option(None, help="Organisation slug, when the e-mail exists in several."),
    ttl: int = typer.Option(3600, help="Lifetime in seconds."),
) -> None:
    """Mint a person's access token (embedded mode only: production people sign in through an IdP)."""
    import asyncio

    from services.identity.settings import IdentitySettings

    settings = IdentitySettings()
    if settings.mode != "embedded":
        typer.secho("netwise token works in embedded mode only", fg="red", err=True)
        raise typer.Exit(2)
    try:
        typer.echo(asyncio.run(_mint_for(settings, email, org, ttl)))
    except LookupError as exc:
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(1) from exc


async def _mint_for(settings: "IdentitySettings", email: str, org: str | None, ttl: int) -> str:
    from sqlmodel import select

    from kit.db import Database
    from services.identity import service
    from services.identity.models import Organisation, Person

    db = Database(settings.database_url)
    try:
        async with db.transaction() as session:
            query = select(Person).join(Organisation).where(Person.email == email.lower())
            if org:
                query = query.where(Organisation.slug == org)
            people = (await session.exec(query)).all()
            if not people:
                raise LookupError(f"no person with e-mail {email}" + (f" in {org}" if org else ""))
            if len(people) > 1:
                raise LookupError(f"{email} exists in several organisations; pass --org")
            if people[0].status != "active":
                raise LookupError(f"{email} is deactivated")
            return await service.person_token(session, person=people[0], issuer=settings.issuer,
                                              audience=settings.audience, ttl_seconds=ttl)
    finally:
        await db.dispose()


@app.command()
def openapi(
    check: bool = typer.Option(False, "--check", help="Fail if the committed files differ from the code."),
    directory: Path = typer.Option(Path("openapi"), "--dir", help="Where the contract files live."),
) -> None:
    """Write (or check) openapi/<app>.json, the merged gateway.json and the event schemas."""
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
    from services.identity.settings import IdentitySettings

    settings = IdentitySettings()
    db = Database(settings.database_url)
    try:
        async with db.transaction() as session:
            signing = await keys.rotate(session, token_ttl_seconds=max(settings.client_token_ttl_seconds,
                                                                       settings.person_token_ttl_seconds),
                                        publish_seconds=settings.key_publish_seconds, force=force)
            return signing.kid
    finally:
        await db.dispose()
