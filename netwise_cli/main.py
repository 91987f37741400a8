"""The `netwise` command: run the platform on one machine, migrate, mint tokens, check the contract."""

import typer

from netwise_cli.apps import APPS, SERVICES, database_url

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
