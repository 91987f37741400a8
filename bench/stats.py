"""Figures a benchmark records: medians and tails, never a single run's mean."""

import json
import platform
import statistics
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(samples_ms: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(samples_ms), 2), "p95_ms": round(percentile(samples_ms, 95), 2),
            "p99_ms": round(percentile(samples_ms, 99), 2), "n": len(samples_ms)}


def machine() -> dict[str, Any]:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            check=False).stdout.strip()
    import os

    return {"date": datetime.now(UTC).isoformat(timespec="seconds"), "python": platform.python_version(),
            "cpus": os.cpu_count(), "machine": platform.machine(), "commit": commit or None}


def record(name: str, command: str, figures: dict[str, Any], notes: str = "") -> Path:
    """Writes bench/results/<name>.json and a Markdown table beside it."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"benchmark": name, "command": command, "machine": machine(), "figures": figures, "notes": notes}
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2) + "\n")
    lines = [f"# {name}", "", f"Command: `{command}`", "", f"Machine: {data['machine']}", ""]
    if notes:
        lines += [notes, ""]
    lines += ["| case | " + " | ".join(next(iter(figures.values())).keys()) + " |",
              "|---|" + "---|" * len(next(iter(figures.values())))]
    lines += [f"| {case} | " + " | ".join(str(v) for v in row.values()) + " |" for case, row in figures.items()]
    path = RESULTS / f"{name}.md"
    path.write_text("\n".join(lines) + "\n")
    return path


def side_by_side(name: str, labels: list[str]) -> Path:
    """bench/results/<name>.md: each case's figures in the recorded runs <name>-<label>, one column a run."""
    runs = {label: json.loads((RESULTS / f"{name}-{label}.json").read_text()) for label in labels}
    lines = [f"# {name}: " + " vs ".join(labels), "",
             *(f"- {label}: `{run['command']}` at {run['machine']}" for label, run in runs.items()), "",
             next(iter(runs.values()))["notes"], "",
             "| case | figure | " + " | ".join(labels) + " |", "|---|---|" + "---|" * len(labels)]
    for case, row in next(iter(runs.values()))["figures"].items():
        for figure in row:
            values = [str(run["figures"].get(case, {}).get(figure, "")) for run in runs.values()]
            lines.append(f"| {case} | {figure} | " + " | ".join(values) + " |")
    path = RESULTS / f"{name}.md"
    path.write_text("\n".join(lines) + "\n")
    return path

