"""`netwise up` says which app died and why, and stops the others."""

from pathlib import Path

import pytest
from rich.console import Console

from kit.settings import ServiceSettings
from netwise_cli.apps import APPS, SERVICES, AppSpec
from netwise_cli.up import SUBSCRIPTIONS, ChildDied, Plan, Supervisor
from tests.support import free_ports


def test_a_child_that_dies_at_start_is_named_with_its_exit_code_and_log(tmp_path: Path) -> None:
    # Its settings load (the supervisor reads the keep-alive from them); its factory does not exist.
    broken = AppSpec("identity", "services.identity.nowhere:create_app", "services.identity.settings:IdentitySettings",
                     0, None)
    plan = Plan(var_dir=tmp_path, ports=free_ports(APPS))
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


def test_each_service_signs_with_its_own_key_and_takes_events_only_from_its_publishers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = Plan(var_dir=tmp_path, ports={name: 1 for name in APPS})
    assert len(set(plan.event_keys.values())) == len(SERVICES)  # four keys, none of them a known default
    for spec in SERVICES:
        for name, value in plan.env(spec).items():
            monkeypatch.setenv(name, value)
        settings = spec.settings()
        assert isinstance(settings, ServiceSettings)
        assert settings.signing_key(spec.name) == plan.event_keys[spec.name]
        for publisher, subscribers in SUBSCRIPTIONS.items():
            expected = plan.event_keys[publisher] if spec.name in subscribers else None
            assert settings.publisher_key(publisher) == expected, (spec.name, publisher)
    assert Plan(var_dir=tmp_path, ports={}).event_keys != plan.event_keys  # new on every run
