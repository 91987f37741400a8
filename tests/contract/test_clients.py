"""The clients generated from the committed contract: the Python one without a generator warning, and the
TypeScript one, with its SPA example, type-checking under `tsc --strict`."""

import subprocess
from pathlib import Path

import pytest

from netwise_cli import clients


@pytest.fixture(scope="module", autouse=True)
def typescript_types() -> None:
    """The types the TypeScript client is compiled with, as `npm run generate` makes them."""
    clients.typescript_types(clients.SPEC, clients.TYPESCRIPT_TYPES)


def test_the_python_client_generates_without_a_warning(tmp_path: Path) -> None:
    """A warning means a model or an operation left out of the client (a duplicate schema title, say)."""
    assert clients.python_client(clients.SPEC, tmp_path / "netwise-client") == ""
    assert (tmp_path / "netwise-client" / "netwise_client" / "api" / "identity_people").is_dir()


def test_the_typescript_client_and_its_spa_example_type_check_strictly() -> None:
    result = subprocess.run([str(clients.TYPESCRIPT / "node_modules" / ".bin" / "tsc"), "--noEmit", "--project",
                             str(clients.TYPESCRIPT / "tsconfig.json")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_call_is_a_type_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The check is real: a misspelt path, and a body the contract does not allow, fail to compile."""
    wrong = clients.TYPESCRIPT / "examples" / "wrong.ts"
    wrong.write_text('import { createNetwise } from "../src/index";\n'
                     'const netwise = createNetwise("http://x", () => null);\n'
                     'export const a = netwise.GET("/identity/v1/peeple");\n'
                     'export const b = netwise.POST("/analytics/v1/time-entries", {body: {minutes: "many"}});\n')
    try:
        result = subprocess.run([str(clients.TYPESCRIPT / "node_modules" / ".bin" / "tsc"), "--noEmit",
                                 "--project", str(clients.TYPESCRIPT / "tsconfig.json")],
                                capture_output=True, text=True, check=False)
    finally:
        wrong.unlink()
    assert result.returncode != 0
    assert "wrong.ts(3," in result.stdout and "wrong.ts(4," in result.stdout, result.stdout
