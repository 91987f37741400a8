"""`netwise up` says which app died and why, and stops the others."""

from pathlib import Path

import pytest
from rich.console import Console

from netwise_cli.apps import AppSpec
from netwise_cli.up import ChildDied, Plan, Supervisor
from tests.support import free_port


def test_a_child_that_dies_at_start_is_named_with_its_exit_code_and_log(tmp_path: Path) -> None:
    broken = AppSpec("identity", "services.identity.nowhere:create_app", "x:y", 0, None)
    plan = Plan(var_dir=tmp_path, ports={name: free_port() for name in
                                         ("gateway", "identity", "curriculum", "advocacy", "analytics")})
    supervisor = Supervisor(plan, Console(quiet=True))
    try:
        child = supervisor.start(broken)
        with pytest.raises(ChildDied) as died:
            supervisor.wait_ready(child, timeout=60)
        message = died.value.explain()
        assert message.startswith("identity exited with code 3.")  # uvicorn: the app could not be loaded
        assert "services.identity.nowhere" in message  # the end of its log says why
        assert str(tmp_path / "logs" / "identity.log") in message
    finally:
        supervisor.stop()
    assert all(c.process.poll() is not None for c in supervisor.children)
