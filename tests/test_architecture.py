"""The house rules, read from the code itself: which package may import which, and where writes happen.

Each rule is a function over a source tree, so the tests below also plant a violation in a temporary tree and
show that the rule catches it.
"""

import ast
import inspect
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import pytest
from fastapi import Depends, FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from gateway import app as gateway
from services.advocacy import app as advocacy
from services.analytics import app as analytics
from services.curriculum import app as curriculum
from services.identity import app as identity
from services.webhooks import app as webhooks

ROOT = Path(__file__).resolve().parent.parent
SESSION_WRITES = {"add", "add_all", "delete", "flush", "commit", "merge"}


def _modules(root: Path, package: str) -> Iterator[tuple[str, Path]]:
    """(dotted module name, path) of every module under `root/package`."""
    for path in sorted((root / package).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(root).with_suffix("").parts
        yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def _imports(path: Path, module: str) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in `path`, relative ones resolved against `module`."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            yield node.lineno, base
            for alias in node.names:  # `from services.x import routers` names a module too
                yield node.lineno, f"{base}.{alias.name}"


def _by_line(found: list[tuple[int, str]]) -> list[str]:
    """One file's findings in line order (ast.walk visits breadth first, not line by line); stable within a line."""
    return [text for _, text in sorted(found, key=lambda f: f[0])]


def _service_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "services" else None


def cross_service_imports(root: Path) -> list[str]:
    """A service talks to another through the gateway or events, never by importing it."""
    found = []
    for module, path in _modules(root, "services"):
        own = _service_of(module)
        found += _by_line([(line, f"{path.relative_to(root)}:{line} imports {imported}")
                           for line, imported in _imports(path, module)
                           if own and (other := _service_of(imported)) and other != own])
    return found


def kit_imports_upwards(root: Path) -> list[str]:
    """kit is the bottom layer: it imports no service, no gateway and no CLI."""
    return [text for module, path in _modules(root, "kit")
            for text in _by_line([(line, f"{path.relative_to(root)}:{line} imports {imported}")
                                  for line, imported in _imports(path, module)
                                  if imported.split(".")[0] in {"services", "gateway", "netwise_cli"}])]


def contracts_import_upwards(root: Path) -> list[str]:
    """contracts holds what services agree on; it stands on nothing of ours, so any of them may import it."""
    return sorted(f"{path.relative_to(root)}:{line} imports {imported}"
                  for module, path in _modules(root, "contracts")
                  for line, imported in _imports(path, module)
                  if imported.split(".")[0] in {"kit", "services", "gateway", "netwise_cli"})


def _is_router(module: str) -> bool:
    return ".routers" in f".{module}" and module.split(".")[-1] != "routers"


def router_imports(root: Path) -> list[str]:
    """Routers sit on top: a concept module never imports a router, and a router never imports another one.

    Only the app, which assembles the routers, may import them.
    """
    found = []
    for module, path in _modules(root, "services"):
        if module.endswith(".app") or module.split(".")[-1] == "routers":
            continue
        found += _by_line([(line, f"{path.relative_to(root)}:{line} imports {imported}")
                           for line, imported in _imports(path, module)
                           if _is_router(imported) and imported != module
                           and _service_of(imported) == _service_of(module)])
    return found


def router_session_writes(root: Path) -> list[str]:
    """Routers read and answer; the rules that change data live in the concept modules they call."""
    found = []
    for module, path in _modules(root, "services"):
        if not _is_router(module):
            continue
        writes = []
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SESSION_WRITES and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "session"):
                writes.append((node.lineno, f"{path.relative_to(root)}:{node.lineno} session.{node.func.attr}()"))
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "emit"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "outbox"):
                writes.append((node.lineno, f"{path.relative_to(root)}:{node.lineno} outbox.emit()"))
        found += _by_line(writes)
    return found


def _api_routes(routes: Iterable[Any]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):  # an included router
            yield from _api_routes(route.original_router.routes)


def _awaited(call: Any) -> bool:
    """FastAPI awaits a coroutine or async generator function, or an instance whose `__call__` is one."""
    if inspect.isclass(call):
        return False
    target = call if inspect.isfunction(call) or inspect.ismethod(call) else type(call).__call__
    return inspect.iscoroutinefunction(target) or inspect.isasyncgenfunction(target)


def threadpool_calls(app: FastAPI) -> list[str]:
    """Endpoints and dependencies are `async def`: FastAPI runs a plain function (or a class) in a worker thread,
    and handing each request to a thread and back costs more CPU than the work these do."""
    found: set[str] = set()

    def walk(dependant: Dependant, path: str) -> None:
        for sub in dependant.dependencies:
            if sub.call is not None and not _awaited(sub.call):
                found.add(f"{path}: {getattr(sub.call, '__module__', '')}.{getattr(sub.call, '__qualname__', '')}")
            walk(sub, path)

    for route in _api_routes(app.routes):
        if not _awaited(route.endpoint):
            found.add(f"{route.path}: {route.endpoint.__module__}.{route.endpoint.__qualname__}")
        walk(route.dependant, route.path)
    return sorted(found)


RULES = [cross_service_imports, kit_imports_upwards, contracts_import_upwards, router_imports, router_session_writes]


def test_the_code_keeps_every_rule() -> None:
    broken = {rule.__name__: found for rule in RULES if (found := rule(ROOT))}
    assert broken == {}


@pytest.mark.parametrize("create_app", [identity.create_app, curriculum.create_app, advocacy.create_app,
                                        analytics.create_app, webhooks.create_app, gateway.create_app],
                         ids=["identity", "curriculum", "advocacy", "analytics", "webhooks", "gateway"])
def test_no_request_waits_for_a_worker_thread(create_app: Callable[[], FastAPI]) -> None:
    assert threadpool_calls(create_app()) == []


def test_a_plain_function_dependency_is_caught() -> None:
    app = FastAPI()

    def settings() -> str:
        return "plain"

    class Params:
        def __init__(self, limit: int = 1) -> None:
            self.limit = limit

    @app.get("/fine")
    async def fine(value: Annotated[str, Depends(settings)]) -> str:
        return value

    @app.get("/also")
    def also(params: Annotated[Params, Depends()]) -> int:
        return params.limit

    assert threadpool_calls(app) == [
        "/also: tests.test_architecture.test_a_plain_function_dependency_is_caught.<locals>.Params",
        "/also: tests.test_architecture.test_a_plain_function_dependency_is_caught.<locals>.also",
        "/fine: tests.test_architecture.test_a_plain_function_dependency_is_caught.<locals>.settings",
    ]


def _plant(root: Path, files: dict[str, str]) -> Path:
    for name, text in {"services/__init__.py": "", "kit/__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_a_service_importing_another_is_caught(tmp_path: Path) -> None:
    root = _plant(tmp_path, {"services/advocacy/__init__.py": "",
                             "services/advocacy/clicks.py": "from services.analytics import costing\n"})
    assert cross_service_imports(root) == ["services/advocacy/clicks.py:1 imports services.analytics",
                                           "services/advocacy/clicks.py:1 imports services.analytics.costing"]


def test_kit_importing_a_service_or_the_gateway_is_caught(tmp_path: Path) -> None:
    root = _plant(tmp_path, {"kit/auth.py": "import gateway.proxy\nfrom services.identity import keys\n"})
    assert kit_imports_upwards(root) == ["kit/auth.py:1 imports gateway.proxy",
                                         "kit/auth.py:2 imports services.identity",
                                         "kit/auth.py:2 imports services.identity.keys"]


def test_a_module_importing_a_router_is_caught(tmp_path: Path) -> None:
    root = _plant(tmp_path, {
        "services/advocacy/__init__.py": "",
        "services/advocacy/app.py": "from services.advocacy.routers import posts\n",  # allowed: it assembles
        "services/advocacy/routers/__init__.py": "",
        "services/advocacy/routers/posts.py": "from .shares import share_public\n",
        "services/advocacy/routers/shares.py": "",
        "services/advocacy/digests.py": "from services.advocacy.routers import posts\n",
    })
    assert router_imports(root) == ["services/advocacy/digests.py:1 imports services.advocacy.routers.posts",
                                    "services/advocacy/routers/posts.py:1 imports services.advocacy.routers.shares",
                                    "services/advocacy/routers/posts.py:1 imports "
                                    "services.advocacy.routers.shares.share_public"]


@pytest.mark.parametrize(("code", "found"), [
    ("async def create(session, outbox, cap):\n"
     "    session.add(cap)\n"
     "    await outbox.emit(session, type='x', org='o', subject='s', data={})\n"
     "    return await caps.create_cap(session, cap)\n",  # calling a concept module is the right way
     ["2 session.add()", "3 outbox.emit()"]),
    # ast.walk goes breadth first: a deeper write on an earlier line must still come first.
    ("async def create(session, cap):\n"
     "    if cap:\n"
     "        if cap.id:\n"
     "            session.add(cap)\n"
     "    await session.flush()\n",
     ["4 session.add()", "5 session.flush()"]),
], ids=["writes", "in line order"])
def test_a_router_writing_to_the_session_is_caught(tmp_path: Path, code: str, found: list[str]) -> None:
    root = _plant(tmp_path, {"services/analytics/__init__.py": "", "services/analytics/routers/__init__.py": "",
                             "services/analytics/routers/caps.py": code})
    assert router_session_writes(root) == [f"services/analytics/routers/caps.py:{line}" for line in found]


def test_contracts_importing_kit_or_a_service_is_caught(tmp_path: Path) -> None:
    root = _plant(tmp_path, {"contracts/__init__.py": "",
                             "contracts/vocabulary.py": "from kit.auth import Principal\nimport enum\n"})
    assert contracts_import_upwards(root) == ["contracts/vocabulary.py:1 imports kit.auth",
                                              "contracts/vocabulary.py:1 imports kit.auth.Principal"]
