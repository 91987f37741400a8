"""Runs the whole platform as `netwise up` does, as real processes on free loopback ports."""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from netwise_cli.apps import APPS
from tests.support import free_ports


@dataclass
class Platform:
    process: subprocess.Popen[str]
    var_dir: Path
    ports: dict[str, int]
    admin_token: str
    output: list[str] = field(default_factory=list)

    @property
    def gateway(self) -> str:
        return f"http://127.0.0.1:{self.ports['gateway']}"

    def url(self, app: str) -> str:
        return f"http://127.0.0.1:{self.ports[app]}"

    def demo_client(self) -> dict[str, str]:
        return dict(json.loads((self.var_dir / "demo-client.json").read_text()))

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Runs another `netwise` command against this platform's identity database."""
        env = {**os.environ, "NETWISE_IDENTITY_DATABASE_URL": f"sqlite+aiosqlite:///{self.var_dir / 'identity.db'}",
               "NETWISE_IDENTITY_ISSUER": self.url("identity")}
        return subprocess.run([sys.executable, "-m", "netwise_cli", *args], env=env, capture_output=True,
                              text=True, timeout=60, check=False)

    def token(self, email: str) -> subprocess.CompletedProcess[str]:
        """`netwise token` for a person, finding this platform by its var dir."""
        return subprocess.run([sys.executable, "-m", "netwise_cli", "token", "--var-dir", str(self.var_dir),
                               "--email", email], capture_output=True, text=True, timeout=60, check=False)

    def child_pids(self) -> list[int]:
        """The app processes `netwise up` started (they carry its pid as parent)."""
        return children(self.process.pid)


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, check=False).stdout
    return [int(child) for child in out.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


@contextmanager
def running_platform(var_dir: Path, startup_timeout: float = 90.0, sigint_ignored: bool = False
                     ) -> Iterator[Platform]:
    """`sigint_ignored`: started as a shell starts a background job (`netwise up &`), with SIGINT ignored."""
    ports = free_ports(APPS)
    command = [sys.executable, "-m", "netwise_cli", "up", "--var-dir", str(var_dir),
               *[arg for app, port in ports.items() for arg in (f"--{app}-port", str(port))]]
    # As a user runs it: `netwise up` itself must flush each line into the pipe.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**env, "COLUMNS": "200", "TERM": "dumb"},
                               preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored
                               else None)
    output: list[str] = []
    token = None
    deadline = time.monotonic() + startup_timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        output.append(line.rstrip("\n"))
        if output[-1].startswith("export TOKEN="):
            token = output[-1].removeprefix("export TOKEN=").strip()
            break
    if token is None:
        process.kill()
        raise AssertionError("netwise up did not start:\n" + "\n".join(output))
    platform = Platform(process, var_dir, ports, token, output)
    try:
        yield platform
    finally:
        children = platform.child_pids()
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pid in children:  # left for the test to assert on; kill stragglers so the suite stays clean
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
