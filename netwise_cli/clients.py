"""The generated clients under clients/: TypeScript (openapi-typescript, used with openapi-fetch) and Python
(openapi-python-client), both from openapi/gateway.json. The generated code is not kept in git: the committed
contract is the source, and these make the code from it. Developer tools: Node and npm, and the project's dev
dependencies."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPESCRIPT = ROOT / "clients" / "typescript"
PYTHON = ROOT / "clients" / "python"
PYTHON_PACKAGE = PYTHON / "netwise-client"
TYPESCRIPT_TYPES = TYPESCRIPT / "src" / "schema.d.ts"
SPEC = ROOT / "openapi" / "gateway.json"


class ClientToolMissing(Exception):
    """A generator is not installed; the message says how to get it."""


def node_packages(directory: Path) -> None:
    """`npm ci` from the committed lockfile when the packages are not installed yet."""
    if (directory / "node_modules").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise ClientToolMissing(f"npm is needed for {directory.relative_to(ROOT)} (install Node.js 20 or newer)")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=directory, check=True, capture_output=True)


def typescript_types(spec: Path, output: Path) -> None:
    node_packages(TYPESCRIPT)
    # Without --default-non-nullable false, a field with a default would be required in request bodies too.
    subprocess.run([str(TYPESCRIPT / "node_modules" / ".bin" / "openapi-typescript"), str(spec),
                    "--default-non-nullable", "false", "--output", str(output)],
                   check=True, capture_output=True)


def python_client(spec: Path, output: Path) -> str:
    """Generates the package into `output`; returns the generator's warnings."""
    try:
        import openapi_python_client  # noqa: F401
    except ImportError as exc:
        raise ClientToolMissing("openapi-python-client is a dev dependency: `uv sync`") from exc
    generator = Path(sys.executable).with_name("openapi-python-client")
    result = subprocess.run([str(generator), "generate", "--path", str(spec), "--output-path", str(output),
                             "--overwrite", "--meta", "uv", "--config", str(PYTHON / "generator.yaml")],
                            check=True, capture_output=True, text=True)
    return "\n".join(line for line in result.stdout.splitlines() if line.startswith("WARNING"))


def write(spec: Path = SPEC) -> list[str]:
    """Regenerates both clients; returns the generator's warnings."""
    typescript_types(spec, TYPESCRIPT_TYPES)
    return [w for w in python_client(spec, PYTHON_PACKAGE).splitlines() if w]
