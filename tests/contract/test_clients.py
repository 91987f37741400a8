"""The generated clients under clients/ follow the committed contract, and the TypeScript one, with its SPA
example, type-checks under `tsc --strict`."""

import subprocess

from netwise_cli import clients


def test_the_committed_clients_are_what_the_committed_contract_generates() -> None:
    assert clients.differences() == [], "run `uv run netwise openapi` and commit clients/"


def test_the_typescript_client_and_its_spa_example_type_check_strictly() -> None:
    clients.node_packages(clients.TYPESCRIPT)
    result = subprocess.run([str(clients.TYPESCRIPT / "node_modules" / ".bin" / "tsc"), "--noEmit", "--project",
                             str(clients.TYPESCRIPT / "tsconfig.json")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_call_is_a_type_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The check is real: a misspelt path, and a body the contract does not allow, fail to compile."""
    clients.node_packages(clients.TYPESCRIPT)
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
