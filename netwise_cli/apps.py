"""The apps netwise is made of, their default ports, settings and migrations: one table for every command."""

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic-settings is loaded by the commands that read settings, not by `netwise token`
    from kit.settings import AppSettings


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

    def settings(self, **values: Any) -> "AppSettings":
        module, attr = self.settings_class.split(":")
        cls: type[AppSettings] = getattr(import_module(module), attr)
        return cls(**values)

    def env_prefix(self) -> str:
        return f"NETWISE_{self.name.upper()}_"


_SERVICES = Path(__file__).resolve().parent.parent / "services"

SERVICES = [
    AppSpec(name, f"services.{name}.app:create_app", f"services.{name}.settings:{name.capitalize()}Settings", port,
            _SERVICES / name / "migrations")
    for name, port in (("identity", 8001), ("curriculum", 8002), ("advocacy", 8003), ("analytics", 8004),
                       ("webhooks", 8005))
]
GATEWAY = AppSpec("gateway", "gateway.app:create_app", "gateway.settings:GatewaySettings", 8000, None)
APPS = {spec.name: spec for spec in [GATEWAY, *SERVICES]}


class SettingsRefused(Exception):
    """Every problem in the settings of the apps a command needs, on one line."""


def load_settings(*specs: AppSpec) -> "list[AppSettings]":
    """Each app's settings, or SettingsRefused naming every offending variable of every app at once."""
    from pydantic import ValidationError
    from pydantic_settings import SettingsError

    from kit.settings import WEAK_SECRETS, weak_secrets_message

    loaded: list[AppSettings] = []
    weak: list[str] = []
    invalid: list[str] = []
    for spec in specs:
        try:
            loaded.append(spec.settings())
        except ValidationError as exc:
            for error in exc.errors():
                if error["type"] == WEAK_SECRETS:
                    weak += error["ctx"]["variables"]
                elif error["loc"]:
                    variable, *path = (str(part) for part in error["loc"])
                    invalid.append(f"{spec.env_prefix()}{variable.upper()}{''.join(f'[{p}]' for p in path)} "
                                   f"({error['msg']})")
                else:
                    invalid.append(f"{spec.name} ({error['msg']})")
        except SettingsError as exc:  # a list or object variable that is not JSON
            invalid.append(f"{spec.name} ({exc})")
    problems = ([weak_secrets_message(weak)] if weak else []) + \
        ([f"invalid settings: {', '.join(invalid)}"] if invalid else [])
    if problems:
        raise SettingsRefused(f"netwise: refusing to start: {'; '.join(problems)}")
    return loaded
