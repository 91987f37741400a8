"""The house rules, read from the code itself: which package may import which, and where writes happen.

Each rule is a function over a source tree, so the tests below also plant a violation in a temporary tree and
show that the rule catches it.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

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


RULES = [cross_service_imports, kit_imports_upwards, contracts_import_upwards, router_imports, router_session_writes]


def test_the_code_keeps_every_rule() -> None:
    broken = {rule.__name__: found for rule in RULES if (found := rule(ROOT))}
    assert broken == {}


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
