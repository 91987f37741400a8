"""One OpenAPI document for the whole platform: each service's public API under `/<service>`, merged."""

import asyncio
import copy
import time
from typing import Any

import httpx2
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from gateway.proxy import is_forwarded
from gateway.settings import GatewaySettings
from kit.observability import REQUEST_ID_HEADER, request_id_var

# Component kinds that are referenced with `$ref` and so get the service prefix; securitySchemes are named in
# `security` requirements instead, and are the same bearer scheme everywhere, so they merge by name.
REF_SECTIONS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks",
                "pathItems")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_CACHE_SECONDS = 60.0


def _pointer_token(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _unpointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _renamed_ref(ref: str, service: str, names: dict[str, set[str]]) -> str:
    parts = ref.split("/")
    if len(parts) == 4 and parts[:2] == ["#", "components"] and _unpointer_token(parts[3]) in names.get(parts[2], ()):
        return f"#/components/{parts[2]}/{_pointer_token(service + '.' + _unpointer_token(parts[3]))}"
    return ref


def _rewrite_refs(node: Any, service: str, names: dict[str, set[str]]) -> Any:
    if isinstance(node, list):
        return [_rewrite_refs(item, service, names) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            out[key] = _renamed_ref(value, service, names)
        elif key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict):
            # Discriminator mappings hold refs as plain strings.
            out[key] = {**value, "mapping": {k: _renamed_ref(v, service, names) for k, v in value["mapping"].items()}}
        else:
            out[key] = _rewrite_refs(value, service, names)
    return out


def _refs(node: Any) -> set[str]:
    """Every `$ref` under `node`, discriminator mappings included."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= _refs(item)
    elif isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            found.add(node["$ref"])
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            found |= {v for v in discriminator["mapping"].values() if isinstance(v, str)}
        for value in node.values():
            found |= _refs(value)
    return found


def _used_components(paths: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """Only the components the kept paths reach: schemas of left-out routes (`/internal/...`) stay out."""
    pending, seen = _refs(paths), set()
    while pending:
        ref = pending.pop()
        parts = ref.split("/")
        if ref in seen or len(parts) != 4 or parts[:2] != ["#", "components"]:
            continue
        seen.add(ref)
        pending |= _refs(components.get(parts[2], {}).get(_unpointer_token(parts[3])))
    kept: dict[str, Any] = {}
    for section, entries in components.items():
        if section not in REF_SECTIONS:
            continue
        for name, value in entries.items():
            if f"#/components/{section}/{_pointer_token(name)}" in seen:
                kept.setdefault(section, {})[name] = value
    return kept


def service_tag(service: str, tag: str) -> str:
    """Tags carry their service, so the docs group each service's operations together."""
    return f"{service}: {tag}"


def _service_part(service: str, spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A service's forwarded paths under `/<service>`, its OpenAPI `webhooks` (the requests it sends) and its
    components as `<service>.<Name>`."""
    components = spec.get("components", {})
    names = {section: set(components.get(section, {})) for section in REF_SECTIONS}
    renamed = _rewrite_refs({section: components.get(section, {}) for section in REF_SECTIONS}, service, names)
    renamed = {section: {f"{service}.{name}": value for name, value in entries.items()}
               for section, entries in renamed.items() if entries}
    for schema in renamed.get("schemas", {}).values():
        if isinstance(schema, dict) and isinstance(schema.get("title"), str):
            # Titles name generated classes: `ProblemDetail` in four services must not make four of one name.
            schema["title"] = f"{service.capitalize()}{schema['title'].replace(' ', '')}"
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        if not is_forwarded(service, path.lstrip("/")):
            continue  # /internal/..., /healthz, /readyz, /metrics: not reachable through the gateway
        item = _rewrite_refs(item, service, names)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "operationId" in operation:
                operation["operationId"] = f"{service}-{operation['operationId']}"
            if isinstance(operation, dict) and "tags" in operation:
                operation["tags"] = [service_tag(service, tag) for tag in operation["tags"]]
        paths[f"/{service}{path}"] = item
    webhooks = {}
    for name, item in spec.get("webhooks", {}).items():
        item = _rewrite_refs(item, service, names)
        for operation in item.values():
            operation["operationId"] = f"{service}-{operation['operationId']}"
        webhooks[name] = item
    return paths, webhooks, _used_components({**paths, **webhooks}, renamed)


def merge_specs(gateway_spec: dict[str, Any], specs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The gateway's own spec plus each service's; the same inputs give the same output, key order included."""
    merged = copy.deepcopy(gateway_spec)
    merged["openapi"] = "3.1.0"
    paths: dict[str, Any] = dict(merged.get("paths", {}))
    components: dict[str, dict[str, Any]] = {k: dict(v) for k, v in merged.get("components", {}).items()}
    own = sorted({tag for item in paths.values() for op in item.values() if isinstance(op, dict)
                  for tag in op.get("tags", [])})
    tags = {name: {"name": name} for name in own} | {tag["name"]: tag for tag in merged.get("tags", [])}
    groups: list[dict[str, Any]] = [{"name": "gateway", "tags": own}]
    webhooks: dict[str, Any] = {}
    for service in sorted(specs):
        spec = specs[service]
        service_paths, service_webhooks, service_components = _service_part(service, spec)
        paths.update(service_paths)
        webhooks.update(service_webhooks)
        for section, entries in service_components.items():
            components.setdefault(section, {}).update(entries)
        for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
            merged_scheme = components.setdefault("securitySchemes", {}).setdefault(name, copy.deepcopy(scheme))
            for flow_name, flow in scheme.get("flows", {}).items():  # each service names its own scopes
                merged_scheme["flows"].setdefault(flow_name, copy.deepcopy(flow))["scopes"].update(
                    flow.get("scopes", {}))
        used = sorted({tag for item in service_paths.values() for op in item.values() if isinstance(op, dict)
                       for tag in op.get("tags", [])})
        described = {service_tag(service, tag["name"]): tag for tag in spec.get("tags", [])}
        for name in used:
            tags.setdefault(name, {**described.get(name, {}), "name": name})
        groups.append({"name": service, "tags": used})
    merged["paths"] = {path: paths[path] for path in sorted(paths)}
    if webhooks:
        merged["webhooks"] = {name: webhooks[name] for name in sorted(webhooks)}
    merged["components"] = {section: {name: entries[name] for name in sorted(entries)}
                            for section, entries in sorted(components.items())}
    if tags:
        merged["tags"] = [tags[name] for name in sorted(tags)]
        merged["x-tagGroups"] = [group for group in groups if group["tags"]]  # ReDoc's sections, one a service
    return merged


class UpstreamSpecs:
    """Each service's `/openapi.json`, kept for a minute; a service that does not answer is retried next time."""

    def __init__(self, ttl: float = SPEC_CACHE_SECONDS) -> None:
        self.ttl = ttl
        self._cache: dict[str, tuple[float, dict[str, Any]]] = {}

    async def fetch(self, client: httpx2.AsyncClient,
                    upstreams: dict[str, str]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
        """(specs by service, why each missing service is missing)."""
        now = time.monotonic()
        stale = [name for name in upstreams if name not in self._cache or now - self._cache[name][0] > self.ttl]
        results = await asyncio.gather(*(self._fetch_one(client, upstreams[name]) for name in stale))
        failures: dict[str, str] = {}
        for name, result in zip(stale, results, strict=True):
            if isinstance(result, dict):
                self._cache[name] = (now, result)
            else:
                self._cache.pop(name, None)
                failures[name] = result
        return {name: self._cache[name][1] for name in upstreams if name in self._cache}, failures

    @staticmethod
    async def _fetch_one(client: httpx2.AsyncClient, base: str) -> dict[str, Any] | str:
        try:
            response = await client.get(f"{base}/openapi.json",
                                        headers={REQUEST_ID_HEADER: request_id_var.get() or ""})
            response.raise_for_status()
            spec = response.json()
        except httpx2.TimeoutException:
            return "did not answer in time"
        except httpx2.HTTPStatusError as exc:
            return f"answered {exc.response.status_code}"
        except httpx2.HTTPError as exc:
            return f"is unavailable ({type(exc).__name__})"
        except ValueError:
            return "sent a document that is not JSON"
        return spec if isinstance(spec, dict) else "sent a document that is not an OpenAPI object"


router = APIRouter()


@router.get("/openapi.json", include_in_schema=False)
async def merged_openapi(request: Request) -> JSONResponse:
    app = request.app
    settings: GatewaySettings = app.state.settings
    specs, failures = await app.state.upstream_specs.fetch(app.state.http, settings.upstreams())
    document = merge_specs(app.openapi(), specs)
    if failures:
        missing = "; ".join(f"{name} {why}" for name, why in sorted(failures.items()))
        info = document.setdefault("info", {})
        info["description"] = (f"{info.get('description', '')}\n\n**Incomplete:** these services' paths are "
                               f"left out because they could not be read: {missing}.").strip()
    return JSONResponse(document)
