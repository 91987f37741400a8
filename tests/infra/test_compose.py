"""infra/ agrees with the code and with itself, without Docker: nothing is built or started here.

compose.yaml, the Dockerfile, .env.example, .dockerignore and the PostgreSQL init script are parsed and checked
against the apps' settings classes (netwise_cli.apps.APPS), the `netwise` CLI and the routes the apps serve.
"""

import fnmatch
import ipaddress
import json
import re
import shlex
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any, get_args, get_origin
from urllib.parse import urlsplit

import pytest
import yaml
from click import Command
from prometheus_client import CollectorRegistry
from pydantic import SecretStr, ValidationError
from pydantic_settings import BaseSettings
from typer.main import get_command
from typer.testing import CliRunner

from gateway.settings import SERVICES as GATEWAY_UPSTREAMS
from kit.events import events_router
from kit.observability import health_router
from netwise_cli.apps import APPS, SERVICES, AppSpec
from netwise_cli.main import app as cli_app
from services.identity.models import inbox_table
from services.identity.routers.oauth import router as oauth_router

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
COMPOSE = INFRA / "compose.yaml"
DOCKERFILE = INFRA / "Dockerfile"
ENV_EXAMPLE = INFRA / ".env.example"
INIT_SCRIPT = INFRA / "postgres" / "init-databases.sh"
DOCKERIGNORE = ROOT / ".dockerignore"

# Who delivers events to whom (DESIGN.md, "Events"): each service feeds the projections downstream of it.
# When a service starts consuming another one's events, add the edge here and in compose.yaml.
EVENT_TOPOLOGY = {
    "identity": {"curriculum", "advocacy", "analytics", "webhooks"},
    "curriculum": {"identity", "advocacy", "analytics", "webhooks"},  # identity: the people an LMS brings
    "advocacy": {"analytics", "webhooks"},
    "analytics": {"webhooks"},
    "webhooks": set(),
}

# Read from the environment by uvicorn itself, not by an app's settings.
UVICORN_VARIABLES = {"FORWARDED_ALLOW_IPS"}
TLS_PROXY = "tls-proxy"
CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
LOOPBACK = ("127.0.0.1", "localhost")
SERVICE_NAMES = {spec.name for spec in SERVICES}


# ------------------------------------------------------------------------------------------------ compose model


@cache
def compose() -> dict[str, Any]:
    document = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(document, dict), "compose.yaml is not a mapping"
    return document


def services() -> dict[str, dict[str, Any]]:
    return compose()["services"]


def netwise_containers() -> dict[str, dict[str, Any]]:
    """The services that run the netwise image (built by infra/Dockerfile), so their command is a CLI command."""
    return {name: svc for name, svc in services().items() if "build" in svc}


def command(svc: dict[str, Any]) -> list[str]:
    cmd = svc.get("command")
    if cmd is None:
        return dockerfile_exec_form("CMD")
    return shlex.split(cmd) if isinstance(cmd, str) else [str(part) for part in cmd]


def environment(svc: dict[str, Any]) -> dict[str, str | None]:
    env = svc.get("environment") or {}
    if isinstance(env, list):
        pairs = [item.split("=", 1) if "=" in item else [item, None] for item in env]
        return {key: value for key, value in pairs}
    return {key: None if value is None else str(value) for key, value in env.items()}


def healthcheck_disabled(svc: dict[str, Any]) -> bool:
    check = svc.get("healthcheck")
    return not check or check.get("disable") is True or check.get("test") in (["NONE"], "NONE", None)


def container_ports(svc: dict[str, Any]) -> set[int]:
    ports = {int(str(port).split("/")[0]) for port in svc.get("expose", [])}
    for port in svc.get("ports", []):
        if isinstance(port, dict):
            ports.add(int(port["target"]))
        else:
            ports.add(int(resolve(str(port), {}).split("/")[0].rsplit(":", 1)[-1]))
    return ports


# --------------------------------------------------------------------------------------- CLI: parse, don't guess


def cli_group() -> Any:
    return get_command(cli_app)


def cli_command(name: str) -> Command:
    commands = cli_group().commands
    assert name in commands, f"`netwise {name}` is not a CLI command; the CLI has {sorted(commands)}"
    return commands[name]


def parse_cli(args: list[str]) -> dict[str, Any]:
    """Parses `netwise <args>` exactly as the container would, without running it."""
    assert args, "empty command"
    return dict(cli_command(args[0]).make_context(args[0], list(args[1:])).params)


@dataclass(frozen=True)
class Runs:
    apps: tuple[str, ...]  # the apps whose settings the container reads
    serves: AppSpec | None  # the app it serves, if it runs `serve`
    port: int | None


def runs(svc: dict[str, Any]) -> Runs:
    args = command(svc)
    params = parse_cli(args)
    if args[0] == "serve":
        spec = APPS[params["name"]]
        return Runs((spec.name,), spec, params["port"] or spec.port)
    if args[0] == "migrate":
        return Runs(tuple(params["names"] or [spec.name for spec in SERVICES]), None, None)
    return Runs((), None, None)


def serving() -> dict[str, tuple[dict[str, Any], AppSpec, int]]:
    """compose service name -> (service, the app it serves, the port it listens on)."""
    result = {}
    for name, svc in netwise_containers().items():
        r = runs(svc)
        if r.serves is not None and r.port is not None:
            result[name] = (svc, r.serves, r.port)
    return result


def serving_app(app_name: str) -> str:
    hosts = [name for name, (_, spec, _) in serving().items() if spec.name == app_name]
    assert len(hosts) == 1, f"expected one container serving {app_name}, found {hosts}"
    return hosts[0]


def settings_class(spec: AppSpec) -> type[BaseSettings]:
    module, attr = spec.settings_class.split(":")
    cls: type[BaseSettings] = getattr(import_module(module), attr)
    return cls


def setting(svc: dict[str, Any], spec: AppSpec, field: str) -> str | None:
    return environment(svc).get(f"{spec.env_prefix()}{field.upper()}")


def is_secret(annotation: Any) -> bool:
    return annotation is SecretStr or any(is_secret(arg) for arg in get_args(annotation))


def is_secret_map(annotation: Any) -> bool:
    """A JSON object of secrets (e.g. the event keys of the publishers a service hears from), or None."""
    return any(get_origin(arg) is dict and get_args(arg)[1:] == (SecretStr,)
               for arg in (annotation, *get_args(annotation)))


@cache
def refused_defaults(spec: AppSpec) -> frozenset[str]:
    """The secret fields this app refuses to keep at their default in production: asked of the class, not assumed."""
    cls: Any = settings_class(spec)
    secrets = [field for field, info in cls.model_fields.items() if is_secret(info.annotation)]
    filled: dict[str, Any] = {
        field: {"identity": "0123456789abcdef" * 4} if is_secret_map(cls.model_fields[field].annotation)
        else "0123456789abcdef" * 4 for field in secrets}
    try:
        cls(mode="production", **filled)
    except ValidationError as exc:
        pytest.fail(f"{spec.settings_class} refuses production mode even with every secret set: {exc}")
    refused: set[str] = set()
    for field in secrets:
        try:
            cls(mode="production", **{k: v for k, v in filled.items() if k != field})
        except ValidationError:
            refused.add(field)
    return frozenset(refused)


# ----------------------------------------------------------------------------- variable substitution (compose's)

VARIABLE = re.compile(r"\$\$|\$\{(?P<name>[A-Za-z_]\w*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}|\$(?P<bare>[A-Za-z_]\w*)")


@dataclass(frozen=True)
class Reference:
    name: str
    op: str | None  # None, "-", ":-", "?", ":?", "+", ":+"
    arg: str | None


def references(text: str) -> Iterator[Reference]:
    for match in VARIABLE.finditer(text):
        if match.group(0) == "$$":
            continue
        if match.group("bare"):
            yield Reference(match.group("bare"), None, None)
        else:
            yield Reference(match.group("name"), match.group("op"), match.group("arg"))


def resolve(text: str, env: dict[str, str]) -> str:
    """Substitutes like compose does; a required variable that is unset stays visible as <required NAME>."""

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group("bare") or match.group("name")
        op, arg = match.group("op") or "", match.group("arg") or ""
        value = env.get(name)
        present = value is not None and (value != "" or not op.startswith(":"))
        if op.endswith("-"):
            return value if present and value is not None else arg
        if op.endswith("?"):
            return value if present and value is not None else f"<required {name}>"
        if op.endswith("+"):
            return arg if present else ""
        return value or ""

    return VARIABLE.sub(substitute, text)


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(key)
            yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)


def compose_references() -> list[Reference]:
    return [ref for text in strings(compose()) for ref in references(text)]


def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = re.match(r"^\s*([A-Za-z_]\w*)=(.*)$", line)
        if match:
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            values[match.group(1)] = value
    return values


ENVIRONMENTS = {"compose defaults": lambda: {}, ".env.example": env_example}


@pytest.fixture(params=list(ENVIRONMENTS))
def env(request: pytest.FixtureRequest) -> dict[str, str]:
    """The variables compose substitutes: none set (its defaults apply), or a copy of .env.example."""
    return dict(ENVIRONMENTS[request.param]())


# ------------------------------------------------------------------------------------------------ Dockerfile model


@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str


def dockerfile_stages() -> tuple[dict[str, str], list[list[Instruction]]]:
    """(global ARG defaults, the stages as lists of instructions, each beginning with its FROM)."""
    logical, pending = [], ""
    for line in DOCKERFILE.read_text().splitlines():
        if line.strip().startswith("#") or (not line.strip() and pending):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        if (pending + line).strip():
            logical.append((pending + line).strip())
        pending = ""
    global_args: dict[str, str] = {}
    stages: list[list[Instruction]] = []
    for text in logical:
        keyword, _, args = text.partition(" ")
        instruction = Instruction(keyword.upper(), args.strip())
        if instruction.keyword == "FROM":
            stages.append([instruction])
        elif stages:
            stages[-1].append(instruction)
        elif instruction.keyword == "ARG":
            name, _, default = instruction.args.partition("=")
            global_args[name] = default
    assert stages, "the Dockerfile has no FROM"
    return global_args, stages


def final_stage() -> list[Instruction]:
    return dockerfile_stages()[1][-1]


def dockerfile_exec_form(keyword: str) -> list[str]:
    found = [i for i in final_stage() if i.keyword == keyword]
    assert found, f"the Dockerfile's final stage has no {keyword}"
    try:
        value = json.loads(found[-1].args)
    except json.JSONDecodeError:
        pytest.fail(f"{keyword} {found[-1].args} must use the exec (JSON) form so signals reach the app")
    assert isinstance(value, list) and all(isinstance(part, str) for part in value)
    return value


def base_image(stage: list[Instruction]) -> str:
    global_args, _ = dockerfile_stages()
    image = stage[0].args.split()[0]
    return resolve(image, global_args)


def copy_sources() -> list[str]:
    """Sources of every COPY/ADD that reads the build context (not another stage or image)."""
    sources = []
    for stage in dockerfile_stages()[1]:
        for instruction in stage:
            if instruction.keyword not in {"COPY", "ADD"}:
                continue
            parts = [p for p in shlex.split(instruction.args) if not p.startswith("--")]
            if any(p.startswith("--from") for p in shlex.split(instruction.args)):
                continue
            sources.extend(parts[:-1])
    return sources


def dockerignored(path: str) -> bool:
    """Whether .dockerignore keeps `path` (relative to the context) out of the build context; `!` re-includes."""
    parts = Path(path).parts
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    ignored = False
    for raw in DOCKERIGNORE.read_text().splitlines():
        pattern = raw.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        if pattern.startswith("**/"):
            tail = pattern[3:]
            hit = any(fnmatch.fnmatch(part, tail) for part in parts) or fnmatch.fnmatch(path, tail)
        else:
            hit = any(fnmatch.fnmatch(candidate, pattern) for candidate in candidates)
        if hit:
            ignored = not negate
    return ignored


def init_script_databases() -> set[str]:
    match = re.search(r'^DATABASES="([^"]*)"', INIT_SCRIPT.read_text(), re.MULTILINE)
    assert match, f'{INIT_SCRIPT.relative_to(ROOT)} must list its databases as DATABASES="..."'
    return set(match.group(1).split())


# ------------------------------------------------------------------------------------------------- URL targets


def url_target(url: str, where: str) -> tuple[str, AppSpec, str]:
    """(compose service, the app it serves, path) for a URL one container uses to reach another."""
    parts = urlsplit(url)
    assert parts.hostname in services(), f"{where}: {url} points at {parts.hostname!r}, not a compose service"
    containers = serving()
    assert parts.hostname in containers, f"{where}: {url} points at {parts.hostname!r}, which serves no app"
    _, spec, port = containers[parts.hostname]
    actual = parts.port or (443 if parts.scheme == "https" else 80)
    assert actual == port, f"{where}: {url} uses port {actual}, but {parts.hostname} listens on {port}"
    return parts.hostname, spec, parts.path


def route_paths() -> dict[str, set[str]]:
    """The paths the apps really serve, so URLs in compose.yaml are checked against code, not against a copy."""

    def paths(routes: list[Any]) -> set[str]:
        return {getattr(route, "path", "") for route in routes}

    return {
        "health": paths(health_router(CollectorRegistry(), []).routes),
        "events": paths(events_router(inbox_table, {}).routes),
        "identity": paths(oauth_router.routes),
    }


def subscribers(svc: dict[str, Any], spec: AppSpec) -> list[str]:
    raw = setting(svc, spec, "subscribers")
    assert raw is not None, f"{spec.name}: {spec.env_prefix()}SUBSCRIBERS is not set"
    value = json.loads(raw)
    assert isinstance(value, list), f"{spec.name}: {spec.env_prefix()}SUBSCRIBERS must be a JSON list"
    return value


# ============================================================================================ depends_on


def depends_on(svc: dict[str, Any]) -> dict[str, str]:
    deps = svc.get("depends_on") or {}
    if isinstance(deps, list):
        return {name: "service_started" for name in deps}
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


def test_depends_on_targets_are_defined_services() -> None:
    for name, svc in services().items():
        for target in depends_on(svc):
            assert target in services(), f"{name} depends on {target!r}, which compose.yaml does not define"
            assert target != name, f"{name} depends on itself"


def test_depends_on_conditions_are_supported_by_their_targets() -> None:
    for name, svc in services().items():
        for target, condition in depends_on(svc).items():
            assert condition in CONDITIONS, f"{name} -> {target}: unknown condition {condition!r}"
            other = services()[target]
            if condition == "service_healthy":
                assert not healthcheck_disabled(other), \
                    f"{name} waits for {target} to be healthy, but {target} has no healthcheck"
            if condition == "service_completed_successfully":
                assert other.get("restart", "no") == "no", \
                    f"{name} waits for {target} to complete, but {target} restarts ({other.get('restart')!r})"
            if other.get("restart", "no") == "no" and target in netwise_containers():
                assert condition == "service_completed_successfully", \
                    f"{name} -> one-shot {target} must use service_completed_successfully, not {condition}"


def test_migrate_is_a_one_shot_that_waits_for_a_healthy_postgres() -> None:
    migrations = [name for name, svc in netwise_containers().items() if command(svc)[0] == "migrate"]
    assert migrations, "no service runs `netwise migrate`"
    for name in migrations:
        svc = services()[name]
        assert svc.get("restart") == "no", f'{name} must have restart: "no" (quoted: bare no is YAML false)'
        assert any(services()[target].get("image", "").startswith("postgres") and condition == "service_healthy"
                   for target, condition in depends_on(svc).items()), \
            f"{name} must wait for postgres with condition service_healthy"


def test_every_service_waits_for_its_migrations() -> None:
    for name, (svc, spec, _) in serving().items():
        if spec.migrations is None:
            continue
        waits = [target for target, condition in depends_on(svc).items()
                 if condition == "service_completed_successfully" and target in netwise_containers()
                 and spec.name in runs(services()[target]).apps and command(services()[target])[0] == "migrate"]
        assert waits, f"{name} must depend on a migrate service that migrates {spec.name} " \
                      f"(condition service_completed_successfully)"


def test_gateway_waits_for_every_upstream_to_be_healthy() -> None:
    gateway = serving_app("gateway")
    deps = depends_on(services()[gateway])
    for upstream in GATEWAY_UPSTREAMS:
        target = serving_app(upstream)
        assert deps.get(target) == "service_healthy", f"{gateway} must wait for {target} with service_healthy"


# ================================================================================= environment vs settings


def test_env_vars_name_real_settings_fields_of_the_app_the_container_runs() -> None:
    prefixes = {spec.env_prefix(): spec for spec in APPS.values()}
    for name, svc in netwise_containers().items():
        allowed = set(runs(svc).apps)
        for var in environment(svc):
            if var in UVICORN_VARIABLES:
                assert runs(svc).serves is not None, f"{name}: {var} is read by uvicorn, but {name} serves nothing"
                continue
            assert var.startswith("NETWISE_"), f"{name}: {var} is not a netwise setting"
            spec = next((s for prefix, s in prefixes.items() if var.startswith(prefix)), None)
            assert spec is not None, f"{name}: {var} matches no app prefix ({', '.join(prefixes)})"
            field = var.removeprefix(spec.env_prefix()).lower()
            fields = settings_class(spec).model_fields
            assert field in fields, f"{name}: {var} is not a field of {spec.settings_class} ({sorted(fields)})"
            assert spec.name in allowed, f"{name} runs {sorted(allowed)}, but sets {var} of {spec.name}"


def test_loopback_and_sqlite_defaults_are_overridden_in_containers() -> None:
    """Inside a container 127.0.0.1 is the container itself, and ./var/*.db is not the production database."""
    for name, svc in netwise_containers().items():
        r = runs(svc)
        for app_name in r.apps:
            spec = APPS[app_name]
            fields = settings_class(spec).model_fields
            needed = {"database_url"} & set(fields)
            if r.serves is not None:
                needed |= {field for field, info in fields.items()
                           if any(host in str(info.default) for host in LOOPBACK)
                           or str(info.default).startswith("sqlite")}
            for field in sorted(needed):
                assert setting(svc, spec, field) is not None, \
                    f"{name}: {spec.env_prefix()}{field.upper()} must be set (its default is {fields[field].default!r})"


def test_every_app_runs_in_production_mode() -> None:
    assert serving(), "no container serves an app"
    for name, (svc, spec, _) in serving().items():
        assert setting(svc, spec, "mode") == "production", f"{name}: {spec.env_prefix()}MODE must be production"


def test_secrets_come_from_variables_and_refused_defaults_are_required() -> None:
    """A secret the app refuses at its default in production must come from a required variable; any other
    secret set here must come from a variable too, never a literal in compose.yaml."""
    example = env_example()
    refused_anywhere: set[str] = set()
    for name, (svc, spec, _) in serving().items():
        refused = refused_defaults(spec)
        refused_anywhere |= refused
        for field, info in settings_class(spec).model_fields.items():
            if not is_secret(info.annotation):
                continue
            var = f"{spec.env_prefix()}{field.upper()}"
            value = setting(svc, spec, field)
            if field not in refused and value is None:
                continue
            assert value, f"{name}: {var} must be set: production refuses its embedded default"
            if is_secret_map(info.annotation):
                entries = json.loads(value)
                assert isinstance(entries, dict), f"{name}: {var} must be a JSON object"
                # Each entry is a secret of its own: one required variable, never a literal or a default.
                for key, entry in entries.items():
                    refs = list(references(entry))
                    assert len(refs) == 1 and VARIABLE.fullmatch(entry) and refs[0].op == ":?", \
                        f"{name}: {var}[{key}] must be exactly one ${{VARIABLE:?message}}, not {entry!r}"
                continue
            refs = list(references(value))
            assert len(refs) == 1 and VARIABLE.fullmatch(value), \
                f"{name}: {var} must be exactly one ${{VARIABLE}} (no literal secret in compose.yaml), not {value!r}"
            if field in refused:
                assert refs[0].op == ":?", f"{name}: {var} must be ${{{refs[0].name}:?message}}: no default"
                default = info.default.get_secret_value() if isinstance(info.default, SecretStr) else info.default
                assert example.get(refs[0].name) != default, \
                    f".env.example sets {refs[0].name} to the embedded default of {var}"
    assert "event_key" in refused_anywhere, "no app refuses its default event key: is the check blind?"


def secret_variables() -> set[str]:
    """Variables that carry a secret: named like one, or feeding a secret setting of an app."""
    names = {ref.name for ref in compose_references() if re.search(r"TOKEN|PASSWORD|SECRET|KEY", ref.name)}
    for svc, spec, _ in serving().values():
        for field, info in settings_class(spec).model_fields.items():
            if is_secret(info.annotation):
                names |= {ref.name for ref in references(setting(svc, spec, field) or "")}
    return names


def test_required_secrets_have_obvious_placeholders_in_env_example() -> None:
    example = env_example()
    required = {ref.name for ref in compose_references() if ref.op in {":?", "?"}} & secret_variables()
    assert required, "compose.yaml requires no secret variable: where do the secrets come from?"
    for var in sorted(required):
        assert "change-me" in example.get(var, "").lower(), \
            f".env.example: {var} must be an obvious placeholder containing 'change-me'"


def test_issuer_is_the_same_for_identity_and_every_verifier(env: dict[str, str]) -> None:
    identity = serving_app("identity")
    signed = setting(services()[identity], APPS["identity"], "issuer")
    assert signed is not None, f"{identity}: NETWISE_IDENTITY_ISSUER must be set (the `iss` it signs)"
    for name, (svc, spec, _) in serving().items():
        expected = setting(svc, spec, "issuer")
        assert expected is not None, f"{name}: {spec.env_prefix()}ISSUER must be set"
        assert resolve(expected, env) == resolve(signed, env), \
            f"{name} expects iss {resolve(expected, env)!r}, identity signs {resolve(signed, env)!r}"


def test_audience_is_the_same_for_identity_and_every_verifier(env: dict[str, str]) -> None:
    identity = serving_app("identity")
    signed = setting(services()[identity], APPS["identity"], "audience") or APPS["identity"].settings().audience
    for name, (svc, spec, _) in serving().items():
        expected = setting(svc, spec, "audience") or spec.settings().audience
        assert resolve(expected, env) == resolve(signed, env), \
            f"{name} expects aud {resolve(expected, env)!r}, identity signs {resolve(signed, env)!r}"


def test_jwks_url_points_at_identity() -> None:
    jwks_paths = route_paths()["identity"]
    for name, (svc, spec, _) in serving().items():
        url = setting(svc, spec, "jwks_url")
        assert url is not None, f"{name}: {spec.env_prefix()}JWKS_URL must be set"
        _, target, path = url_target(url, f"{name} {spec.env_prefix()}JWKS_URL")
        assert target.name == "identity", f"{name}: JWKS_URL points at {target.name}, not identity"
        assert path in jwks_paths, f"{name}: JWKS_URL path {path!r} is not served by identity ({jwks_paths})"


# ========================================================================================== .env.example


def test_compose_variables_are_documented_in_env_example() -> None:
    documented = set(env_example())
    used = {ref.name for ref in compose_references()}
    assert used, "compose.yaml references no variable"
    missing = used - documented
    assert not missing, f"used in compose.yaml but not documented in .env.example: {sorted(missing)}"


def test_env_example_documents_only_variables_compose_uses() -> None:
    unused = set(env_example()) - {ref.name for ref in compose_references()}
    assert not unused, f"documented in .env.example but unused in compose.yaml: {sorted(unused)}"


def test_every_variable_has_a_default_or_is_required() -> None:
    """A bare ${VAR} silently becomes empty when unset; say what happens instead."""
    for ref in compose_references():
        assert ref.op in {":-", ":?"}, f"${{{ref.name}}} needs a default (:-) or must be required (:?)"


def test_env_example_values_match_compose_defaults() -> None:
    example = env_example()
    defaults: dict[str, set[str]] = {}
    for ref in compose_references():
        if ref.op == ":-":
            defaults.setdefault(ref.name, set()).add(ref.arg or "")
    for var, values in defaults.items():
        assert len(values) == 1, f"{var} has different defaults in compose.yaml: {sorted(values)}"
        assert example.get(var) == next(iter(values)), \
            f".env.example sets {var}={example.get(var)!r}, compose.yaml defaults it to {next(iter(values))!r}"


def test_env_example_explains_every_variable() -> None:
    lines = ENV_EXAMPLE.read_text().splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^\s*[A-Za-z_]\w*=", line):
            above = lines[index - 1].strip() if index else ""
            assert above.startswith("#") or re.match(r"^[A-Za-z_]\w*=", above), \
                f".env.example line {index + 1}: {line.split('=')[0]} needs a comment above it"


# ============================================================================================ files and paths


def test_referenced_files_exist() -> None:
    for name, svc in services().items():
        build = svc.get("build")
        if build is not None:
            context = (INFRA / (build if isinstance(build, str) else build.get("context", "."))).resolve()
            assert context.is_dir(), f"{name}: build context {context} does not exist"
            dockerfile = context / (build.get("dockerfile", "Dockerfile") if isinstance(build, dict) else "Dockerfile")
            assert dockerfile.resolve() == DOCKERFILE, f"{name}: builds {dockerfile}, not infra/Dockerfile"
            assert context == ROOT, f"{name}: the build context must be the repository root, not {context}"
        for volume in svc.get("volumes", []):
            source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source", "")
            if source.startswith((".", "/")):
                assert (INFRA / source).exists(), f"{name}: mounts {source}, which does not exist"
    assert INIT_SCRIPT.read_text().startswith("#!"), "the init script needs a shebang"


def test_init_script_is_mounted_into_postgres_initdb() -> None:
    mounts = [volume for svc in services().values() for volume in svc.get("volumes", []) if isinstance(volume, str)]
    assert any((INFRA / m.split(":")[0]).resolve() == INIT_SCRIPT and m.split(":")[1].startswith(
        "/docker-entrypoint-initdb.d/") for m in mounts), "init-databases.sh is not mounted into initdb.d"


def test_dockerfile_copies_exist_and_are_not_dockerignored() -> None:
    sources = copy_sources()
    assert sources, "the Dockerfile copies nothing from the build context"
    for source in sources:
        assert (ROOT / source).exists(), f"Dockerfile copies {source}, which does not exist"
        assert not dockerignored(source.rstrip("/")), f"Dockerfile copies {source}, but .dockerignore excludes it"


def test_dockerignore_keeps_local_state_caches_and_secrets_out() -> None:
    for path in [".venv/bin/python", "var/identity.db", ".git/HEAD", "tests/conftest.py", "bench/run.py",
                 "infra/.env", ".env", "kit/__pycache__/db.cpython-311.pyc", ".mypy_cache/x", ".ruff_cache/x"]:
        assert dockerignored(path), f".dockerignore must exclude {path}"


# ================================================================================================== ports


def test_healthcheck_port_matches_command_and_container_port() -> None:
    readyz = "/readyz"
    assert readyz in route_paths()["health"], "apps no longer serve /readyz"
    for name, (svc, _spec, port) in serving().items():
        assert not healthcheck_disabled(svc), f"{name} has no healthcheck"
        test = svc["healthcheck"]["test"]
        text = " ".join(test) if isinstance(test, list) else str(test)
        urls = re.findall(r"https?://[^\s'\"]+", text)
        assert len(urls) == 1, f"{name}: healthcheck should request one URL, found {urls}"
        parts = urlsplit(urls[0])
        assert parts.hostname in LOOPBACK, f"{name}: healthcheck must probe the container itself, not {parts.hostname}"
        assert parts.port == port, f"{name}: healthcheck probes port {parts.port}, the app listens on {port}"
        assert parts.path == readyz, f"{name}: healthcheck should probe {readyz}, not {parts.path}"
        assert port in container_ports(svc), f"{name}: listens on {port}, exposes {sorted(container_ports(svc))}"
        if isinstance(test, list):
            assert test[0] in {"CMD", "CMD-SHELL"} and "curl" not in test and "wget" not in test, \
                f"{name}: the slim image has no curl/wget; use python"


def test_postgres_healthcheck_waits_for_init_over_tcp() -> None:
    """During first-time init postgres listens on its socket only; a TCP probe waits for the init script."""
    postgres = [svc for svc in services().values() if str(svc.get("image", "")).startswith("postgres")]
    assert len(postgres) == 1, "expected one postgres service"
    test = " ".join(postgres[0]["healthcheck"]["test"])
    assert "pg_isready" in test and re.search(r"(-h|--host)[ =](127\.0\.0\.1|localhost)", test), \
        f"postgres healthcheck must run pg_isready against 127.0.0.1: {test}"


def test_gateway_upstreams_point_at_the_services() -> None:
    gateway = serving_app("gateway")
    svc = services()[gateway]
    for upstream in GATEWAY_UPSTREAMS:
        var = f"{APPS['gateway'].env_prefix()}{upstream.upper()}_URL"
        url = environment(svc).get(var)
        assert url, f"{gateway}: {var} must be set (its default is loopback)"
        _, target, path = url_target(url, f"{gateway} {var}")
        assert target.name == upstream, f"{gateway}: {var} points at a container serving {target.name}"
        assert path in {"", "/"}, f"{gateway}: {var} should be the service's base URL, not {url}"


def test_gateway_is_the_only_published_app() -> None:
    published = {name for name, svc in services().items() if svc.get("ports") and not svc.get("profiles")}
    assert published == {serving_app("gateway")}, f"only the gateway should publish a port, not {sorted(published)}"


def test_the_tls_profile_fronts_the_gateway_and_only_its_address_is_trusted() -> None:
    proxy = services()[TLS_PROXY]
    assert proxy["profiles"] == ["tls"], "the TLS proxy is optional: it belongs to the tls profile only"
    assert {int(str(port).split(":")[-1].split("/")[0]) for port in proxy["ports"]} == {80, 443}
    gateway = serving_app("gateway")
    _, _, gateway_port = serving()[gateway]
    caddyfile = (INFRA / "caddy" / "Caddyfile").read_text()
    assert re.search(rf"^\s*reverse_proxy {gateway}:{gateway_port}\s*$", caddyfile, re.M), \
        f"the Caddyfile must proxy to {gateway}:{gateway_port}"
    assert depends_on(proxy) == {gateway: "service_healthy"}
    trusted = resolve(environment(services()[gateway])["FORWARDED_ALLOW_IPS"] or "", {})
    address = proxy["networks"]["default"]["ipv4_address"]
    assert trusted.split(",") == [address], f"the gateway must trust X-Forwarded-For from {address} only"
    subnets = [pool["subnet"] for pool in compose()["networks"]["default"]["ipam"]["config"]]
    assert any(ipaddress.ip_address(address) in ipaddress.ip_network(subnet) for subnet in subnets)


def test_every_container_rotates_its_log_and_caps_its_memory() -> None:
    for name, svc in services().items():
        logging = svc.get("logging") or {}
        assert logging.get("driver") == "json-file" and logging.get("options", {}).get("max-size"), \
            f"{name}: its log must rotate (json-file with max-size)"
        if name in netwise_containers() or name == TLS_PROXY:
            assert svc.get("mem_limit"), f"{name}: set mem_limit"


# ================================================================================================ databases


def test_database_urls_point_at_postgres_and_a_database_the_init_script_creates(env: dict[str, str]) -> None:
    """Each service connects as its own role (`<service>_app`, created by the init script); migrate also holds
    the owner's URL of each database, and grants the role rows after migrating."""
    databases = init_script_databases()
    postgres_name = next(name for name, svc in services().items() if str(svc.get("image", "")).startswith("postgres"))
    postgres_env = {key: resolve(value or "", env) for key, value in environment(services()[postgres_name]).items()}
    owners = 0
    for name, svc in netwise_containers().items():
        for app_name in runs(svc).apps:
            spec = APPS[app_name]
            owner, owner_password = postgres_env.get("POSTGRES_USER"), postgres_env.get("POSTGRES_PASSWORD")
            for field, user, password in (
                    ("database_url", f"{spec.name}_app", postgres_env.get(f"{spec.name.upper()}_DB_PASSWORD")),
                    ("database_migration_url", owner, owner_password)):
                url = setting(svc, spec, field)
                if url is None:
                    continue
                owners += field == "database_migration_url"
                parts = urlsplit(resolve(url, env))
                where = f"{name} {spec.env_prefix()}{field.upper()}"
                assert parts.scheme == "postgresql+asyncpg", f"{where}: use postgresql+asyncpg, not {parts.scheme}"
                assert parts.hostname == postgres_name, f"{where}: points at {parts.hostname}, not {postgres_name}"
                assert parts.port == 5432, f"{where}: port {parts.port}, postgres listens on 5432"
                database = parts.path.lstrip("/")
                assert database in databases, f"{where}: database {database!r} is not created by the init script"
                assert database == spec.name, f"{where}: {spec.name} must own its database, not use {database!r}"
                assert parts.username == user, f"{where}: user {parts.username}, expected {user}"
                assert password and parts.password == password, f"{where}: not the password the init script sets"
    assert owners == len(SERVICE_NAMES), "migrate needs the owner's URL of every service's database"
    script = INIT_SCRIPT.read_text()
    assert 'role="${db}_app"' in script and "CREATE ROLE :\"role\" LOGIN PASSWORD :'password'" in script


def test_init_script_creates_a_database_for_every_service() -> None:
    assert init_script_databases() == SERVICE_NAMES


def test_migrate_and_each_service_use_the_same_database_url() -> None:
    urls: dict[str, set[str]] = {}
    for svc in netwise_containers().values():
        for app_name in runs(svc).apps:
            url = setting(svc, APPS[app_name], "database_url")
            if url is not None:
                urls.setdefault(app_name, set()).add(url)
    assert set(urls) == SERVICE_NAMES, f"database URLs are set for {sorted(urls)}, expected every service"
    for app_name, values in urls.items():
        assert len(values) == 1, f"{app_name} is migrated and served on different databases: {sorted(values)}"


# =================================================================================================== events


def test_subscriber_urls_point_at_event_endpoints() -> None:
    events_paths = route_paths()["events"]
    for name, (svc, spec, _) in serving().items():
        if "subscribers" not in settings_class(spec).model_fields:
            continue
        for url in subscribers(svc, spec):
            _, target, path = url_target(url, f"{name} {spec.env_prefix()}SUBSCRIBERS")
            assert target.name in SERVICE_NAMES, f"{name}: subscriber {url} serves {target.name}, not a service"
            assert target.name != spec.name, f"{name}: publishes to itself ({url})"
            assert path in events_paths, f"{name}: subscriber {url} must end in one of {sorted(events_paths)}"


def test_event_subscriptions_follow_the_design() -> None:
    actual = {}
    for _name, (svc, spec, _) in serving().items():
        if "subscribers" in settings_class(spec).model_fields:
            actual[spec.name] = {url_target(url, spec.name)[1].name for url in subscribers(svc, spec)}
    assert actual == EVENT_TOPOLOGY


def event_key_variable(svc: dict[str, Any], spec: AppSpec) -> str:
    value = setting(svc, spec, "event_key")
    assert value is not None, f"{spec.name}: {spec.env_prefix()}EVENT_KEY is not set"
    refs = list(references(value))
    assert len(refs) == 1, f"{spec.name}: {spec.env_prefix()}EVENT_KEY must be one variable, not {value!r}"
    return refs[0].name


def test_each_publisher_signs_with_its_own_key_and_each_subscriber_holds_exactly_its_publishers_keys() -> None:
    containers = serving()
    publishers = {spec.name: (svc, spec) for svc, spec, _ in containers.values() if spec.name in SERVICE_NAMES}
    own = {publisher: event_key_variable(svc, spec) for publisher, (svc, spec) in publishers.items()}
    assert len(set(own.values())) == len(own), f"services share an event key variable: {own}"
    heard: dict[str, dict[str, str]] = {name: {} for name in publishers}
    for publisher, (svc, spec) in publishers.items():
        for url in subscribers(svc, spec):
            _, target, _ = url_target(url, publisher)
            heard[target.name][publisher] = own[publisher]
    for subscriber, expected in heard.items():
        svc, spec = publishers[subscriber]
        raw = setting(svc, spec, "event_publisher_keys")
        held = {key: [ref.name for ref in references(value)] for key, value in json.loads(raw or "{}").items()}
        # A key for a publisher it never hears from would let whoever holds that key's twin speak here too.
        assert held == {publisher: [variable] for publisher, variable in expected.items()}, \
            f"{subscriber}: {spec.env_prefix()}EVENT_PUBLISHER_KEYS holds {held}, its publishers sign with {expected}"


# ====================================================================================================== CLI


def used_commands() -> list[list[str]]:
    return [command(svc) for svc in netwise_containers().values()] + [dockerfile_exec_form("CMD")]


def test_cli_commands_used_exist() -> None:
    runner = CliRunner()
    for name in sorted({args[0] for args in used_commands()}):
        result = runner.invoke(cli_app, [name, "--help"])
        assert result.exit_code == 0, f"`netwise {name} --help` failed ({result.exit_code}): {result.output}"


def test_cli_commands_parse_and_serve_known_apps() -> None:
    for args in used_commands():
        try:
            params = parse_cli(args)
        except Exception as exc:  # click's UsageError/BadParameter: the container would exit at once
            pytest.fail(f"`netwise {shlex.join(args)}` does not parse: {exc}")
        if args[0] == "serve":
            assert params["name"] in APPS, f"`netwise {shlex.join(args)}`: unknown app; known: {sorted(APPS)}"
        if args[0] == "migrate":
            unknown = set(params["names"]) - SERVICE_NAMES
            assert not unknown, f"`netwise {shlex.join(args)}`: unknown services {sorted(unknown)}"


def test_each_app_is_served_by_one_container() -> None:
    served = sorted(spec.name for _, spec, _ in serving().values())
    assert served == sorted(APPS), f"containers serve {served}, the apps are {sorted(APPS)}"


# =============================================================================================== Dockerfile


def test_dockerfile_entrypoint_is_the_netwise_console_script() -> None:
    assert dockerfile_exec_form("ENTRYPOINT") == ["netwise"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts.get("netwise") == "netwise_cli.main:app", "pyproject.toml no longer installs `netwise`"


def test_dockerfile_final_stage_runs_as_non_root() -> None:
    users = [i.args for i in final_stage() if i.keyword == "USER"]
    assert users, "the final stage must set USER"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}, f"the final stage runs as {users[-1]}"


def test_dockerfile_stages_share_the_python_image() -> None:
    """The venv is copied from builder to runtime: its interpreter path must exist in both."""
    _, stages = dockerfile_stages()
    assert len(stages) >= 2, "expected a builder and a runtime stage"
    images = {base_image(stage) for stage in stages}
    assert len(images) == 1, f"builder and runtime use different images: {sorted(images)}"
    assert next(iter(images)).startswith("python:3.11"), "the image must run Python 3.11 (requires-python)"


def test_dockerfile_uses_a_pinned_uv_and_the_frozen_lock() -> None:
    text = DOCKERFILE.read_text()
    assert re.search(r"COPY --from=ghcr\.io/astral-sh/uv:\d+\.\d+\.\d+ ", text), "copy uv from a pinned uv image"
    syncs = re.findall(r"uv sync[^\n]*", text)
    assert any("--no-install-project" in s for s in syncs), "sync dependencies before copying the code"
    assert syncs and all("--frozen" in s and "--no-dev" in s for s in syncs), "every uv sync: --frozen --no-dev"


def test_dockerfile_bakes_in_no_secrets_or_settings() -> None:
    for stage in dockerfile_stages()[1]:
        for instruction in stage:
            if instruction.keyword not in {"ENV", "ARG"}:
                continue
            assert not re.search(r"TOKEN|PASSWORD|SECRET|NETWISE_", instruction.args, re.IGNORECASE), \
                f"{instruction.keyword} {instruction.args}: secrets and settings come from the environment at run time"


def test_dockerfile_exposes_every_app_port() -> None:
    exposed = {int(port.split("/")[0]) for i in final_stage() if i.keyword == "EXPOSE" for port in i.args.split()}
    for name, (_, _, port) in serving().items():
        assert port in exposed, f"{name} listens on {port}, which the Dockerfile does not EXPOSE"
