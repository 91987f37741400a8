"""The generated Python client, as an integrator uses it: its example runs against the platform `netwise up`
starts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netwise_cli.clients import PYTHON, SPEC, python_client
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e


def test_the_python_clients_example_runs_against_netwise_up(tmp_path: Path) -> None:
    package = tmp_path / "netwise-client"  # generated as an integrator would, from the committed contract
    python_client(SPEC, package)
    with running_platform(tmp_path / "var") as platform:
        result = subprocess.run([sys.executable, str(PYTHON / "example.py")], capture_output=True, text=True,
                                timeout=60, check=False, env={**os.environ, "NETWISE_API": platform.gateway,
                                                              "NETWISE_TOKEN": platform.admin_token,
                                                              "PYTHONPATH": str(package)})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "signed in as ingrid.dahl@fjordline.example"
    assert lines[1].startswith("created sam.") and lines[1].endswith("people listed")
    assert lines[2].startswith("recorded 30 min once")
    assert lines[3].startswith("refused: minutes: "), lines[3]
