"""The apps netwise is made of, their default ports, settings and migrations: one table for every command."""

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from kit.settings import AppSettings, ServiceSettings


@dataclass(frozen=True)
class AppSpec:
    name: str
    factory: str  # "module:function" for uvicorn --factory
    settings_class: str  # "module:Class"
    port: int
    migrations: Path | None  # None for the gateway: it has no database

    def load_factory(self) -> Any:
        module, attr = self.factory.split(":")
        return getattr(import_module(module), attr)

    def settings(self, **values: Any) -> AppSettings:
        module, attr = self.settings_class.split(":")
        cls: type[AppSettings] = getattr(import_module(module), attr)
        return cls(**values)

    def env_prefix(self) -> str:
        return f"NETWISE_{self.name.upper()}_"


_SERVICES = Path(__file__).resolve().parent.parent / "services"

SERVICES = [
    AppSpec(name, f"services.{name}.app:create_app", f"services.{name}.settings:{name.capitalize()}Settings", port,
            _SERVICES / name / "migrations")
    for name, port in (("identity", 8001), ("curriculum", 8002), ("advocacy", 8003), ("analytics", 8004))
]
GATEWAY = AppSpec("gateway", "gateway.app:create_app", "gateway.settings:GatewaySettings", 8000, None)
APPS = {spec.name: spec for spec in [GATEWAY, *SERVICES]}


def database_url(spec: AppSpec) -> str:
    settings = spec.settings()
    assert isinstance(settings, ServiceSettings)
    return settings.database_url
