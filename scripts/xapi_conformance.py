"""The ADL LRS conformance suite against curriculum's xAPI LRS, through the gateway of `netwise up`, in one command:

    uv run python -m scripts.xapi_conformance [--suite PATH] [--versions 2.0.0 1.0.3] [--grep PATTERN]

Starts the platform as `netwise up` does (real processes on loopback, SQLite, a fresh var dir), makes LRS
credentials for the demo organisation with its admin's token, copies the suite (adlnet/lrs-conformance-test-suite;
never part of this repository) into a temporary directory, installs its dependencies there with npm, runs it for
each xAPI version against `<gateway>/curriculum/xapi`, and writes `conformance/results/xapi-<version>.md`: passed,
failed and total from the suite's own log, and the title of every failing test. Needs node and npm.

The gateway's rate limit is raised for the run: the suite sends thousands of requests a minute from one address.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


def _default_suite() -> Path:
    """NETWISE_XAPI_SUITE, else `../shared/conformance/` beside the checkout (where the workplace lays the suite; a
    git worktree elsewhere finds it at /work/shared)."""
    if "NETWISE_XAPI_SUITE" in os.environ:
        return Path(os.environ["NETWISE_XAPI_SUITE"])
    beside = [base / "shared" / "conformance" / "lrs-conformance-test-suite" for base in (ROOT.parent, Path("/work"))]
    return next((path for path in beside if path.is_dir()), beside[0])


DEFAULT_SUITE = _default_suite()
RESULTS = ROOT / "conformance" / "results"
VERSIONS = ("2.0.0", "1.0.3")
SUITE_SECONDS = 3600


@dataclass
class SuiteResult:
    version: str
    passed: int
    failed: int
    total: int
    failures: list[tuple[str, str]] = field(default_factory=list)  # (title path, error)


def make_credentials(gateway: str, admin_token: str, deadline_seconds: float = 120.0) -> dict[str, Any]:
    """LRS credentials for the demo organisation. The admin's token counts in curriculum once identity's events
    about them have arrived there, so this retries for a while."""
    deadline = time.monotonic() + deadline_seconds
    last = ""
    while time.monotonic() < deadline:
        response = httpx.post(f"{gateway}/curriculum/v1/xapi/credentials", json={"name": "ADL conformance suite"},
                              headers={"Authorization": f"Bearer {admin_token}"}, timeout=30)
        if response.status_code == 201:
            return dict(response.json())
        last = f"{response.status_code} {response.text[:300]}"
        time.sleep(2)
    raise SystemExit(f"could not make LRS credentials: {last}")


def install_suite(source: Path, into: Path) -> Path:
    suite = into / "lrs-conformance-test-suite"
    shutil.copytree(source, suite, ignore=shutil.ignore_patterns("node_modules", "logs"))
    subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=suite, check=True,
                   stdout=subprocess.DEVNULL)
    return suite


def run_suite(suite: Path, version: str, endpoint: str, key: str, secret: str, grep: str | None) -> SuiteResult:
    logs = suite / "logs"
    before = set(logs.glob("*.log")) if logs.exists() else set()
    command = ["node", "bin/console_runner.js", "-x", version, "-e", endpoint, "-a", "-u", key, "-p", secret, "-z"]
    if grep:
        command += ["-g", grep]
    # The runner's exit code is not the result: its JSON log is.
    subprocess.run(command, cwd=suite, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=SUITE_SECONDS)
    written = sorted(set(logs.glob("*.log")) - before, key=lambda path: path.stat().st_mtime)
    if not written:
        raise SystemExit(f"the suite wrote no log for {version}")
    return read_log(version, json.loads(written[-1].read_text()))


def read_log(version: str, log: dict[str, Any]) -> SuiteResult:
    summary = log["summary"]
    failures: list[tuple[str, str]] = []

    def walk(node: dict[str, Any], path: list[str]) -> None:
        title = node.get("title") or node.get("name") or ""
        here = [*path, title] if title else path
        if node.get("status") == "failed" and node.get("error"):
            failures.append((" > ".join(here), str(node["error"]).splitlines()[0][:300]))
        for child in node.get("tests", []):
            walk(child, here)

    walk(log.get("log", {}), [])
    return SuiteResult(version, int(summary["passed"]), int(summary["failed"]), int(summary["total"]), failures)


def commit_of(path: Path) -> str:
    found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=path, capture_output=True, text=True,
                           check=False)
    return found.stdout.strip() or "unknown"


def suite_version(suite: Path) -> str:
    return str(json.loads((suite / "package.json").read_text()).get("version", "unknown"))


def write_summary(result: SuiteResult, out: Path, endpoint_path: str, grep: str | None, suite: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"xapi-{result.version}.md"
    lines = [
        f"# ADL LRS conformance suite, xAPI {result.version}",
        "",
        f"Run by `uv run python -m scripts.xapi_conformance` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, netwise "
        f"commit {commit_of(ROOT)}, against `netwise up` through the gateway at `{endpoint_path}` with LRS "
        f"credentials made by the demo organisation's admin (HTTP Basic). Suite: {suite}.",
        *(["", f"Only the tests matching `{grep}` were run."] if grep else []),
        "",
        "| passed | failed | total |",
        "|---:|---:|---:|",
        f"| {result.passed} | {result.failed} | {result.total} |",
        "",
    ]
    if result.failures:
        lines += ["## Failing tests", ""]
        lines += [f"- {title}  \n  `{error}`" for title, error in result.failures]
    else:
        lines.append("No test failed.")
    target.write_text("\n".join(lines) + "\n")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", type=Path, default=DEFAULT_SUITE, help="the suite's directory (read only)")
    parser.add_argument("--versions", nargs="+", default=list(VERSIONS), choices=VERSIONS)
    parser.add_argument("--grep", help="run only the tests whose title matches (the suite's -g)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the summaries are written")
    args = parser.parse_args()
    if not (args.suite / "bin" / "console_runner.js").exists():
        raise SystemExit(f"no conformance suite at {args.suite}")
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise SystemExit(f"the suite needs {tool}")
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_PER_MINUTE"] = "1000000"
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_BURST"] = "100000"
    sys.path.insert(0, str(ROOT))
    from tests.e2e.platform import running_platform

    with tempfile.TemporaryDirectory(prefix="netwise-xapi-") as tmp:
        print("installing the suite ...", flush=True)
        suite = install_suite(args.suite, Path(tmp))
        described = f"adlnet/lrs-conformance-test-suite {suite_version(suite)} from `{args.suite}`"
        print("starting netwise up ...", flush=True)
        with running_platform(Path(tmp) / "var") as platform:
            made = make_credentials(platform.gateway, platform.admin_token)
            endpoint = f"{platform.gateway}/curriculum/xapi"
            failed = 0
            for version in args.versions:
                print(f"running the suite for xAPI {version} against {endpoint} ...", flush=True)
                result = run_suite(suite, version, endpoint, made["key"], made["secret"], args.grep)
                written = write_summary(result, args.out, "/curriculum/xapi", args.grep, described)
                print(f"xAPI {version}: {result.passed} of {result.total} passed, {result.failed} failed "
                      f"({written.relative_to(ROOT) if written.is_relative_to(ROOT) else written})", flush=True)
                failed += result.failed
    if failed:
        raise SystemExit(f"{failed} conformance tests failed")


if __name__ == "__main__":
    main()
