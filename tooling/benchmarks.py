"""What every benchmark command shares: the machine, percentiles, and docs/benchmarks.md."""

import os
import platform
from pathlib import Path

from django.conf import settings

OUTPUT = Path(settings.BASE_DIR) / "docs" / "benchmarks.md"
HEADER = "# Benchmarks\n\nWritten by `make bench` (see the README). Newest results first.\n\n"


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{memory_kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        memory = "unknown"
    return f"{cpu}, {os.cpu_count()} cores, {memory} RAM, Python {platform.python_version()}"


def percentile(values, share):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def write_results(path, lines):
    """Put a section of results at the top of the benchmarks file (newest first)."""
    path.parent.mkdir(exist_ok=True)
    existing = path.read_text() if path.exists() else HEADER
    body = existing[len(HEADER) :] if existing.startswith(HEADER) else existing
    path.write_text(HEADER + "\n".join(lines) + "\n" + body)
