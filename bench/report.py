"""The latest load run as the Markdown table in bench/README.md.

.venv/bin/python bench/report.py [bench/results/latest.json]
"""

import json
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent / "results" / "latest.json"


def cells(result, reference):
    if result is None:
        return ["not built yet", "", "", ""]
    ratio = 100 * result["requests_per_second"] / reference
    failed = f" ({result['failures']} failed)" if result.get("failures") else ""
    return [
        f"{result['requests_per_second']:.0f}{failed}",
        f"{result['p50_ms']:.1f}",
        f"{result['p99_ms']:.1f}",
        f"{ratio:.1f}%",
    ]


def table(report):
    reference = report["static"]["requests_per_second"]
    modes = list(report["modes"])
    uncached = report["modes"]["uncached"]
    header = " | ".join(f"{mode} req/s | p50 ms | p99 ms | % of static" for mode in modes)
    lines = [
        f"| page | {header} |",
        "|---|" + "---:|" * 4 * len(modes),
        "| home page as a static file (reference) | "
        + " | ".join(cells(report["static"], reference))
        + " |" * (4 * len(modes) - 3),
    ]
    for name in uncached["pages"]:
        row = [cell for mode in modes for cell in cells(report["modes"][mode]["pages"][name], reference)]
        lines.append(f"| {name} | " + " | ".join(row) + " |")
    posts = uncached.get("form_posts")
    if posts:
        lines.append(
            f"\nForm POSTs: {posts['accepted']} of {posts['posted']} accepted at "
            f"{posts['requests_per_second']:.1f}/s (p50 {posts['p50_ms']:.0f} ms, p99 {posts['p99_ms']:.0f} ms); "
            f"rows stored: {posts['rows_stored']}."
        )
    for mode in modes:
        sizes = ", ".join(f"{size:.0f}" for size in report["modes"][mode]["worker_rss_mb"])
        lines.append(f"Worker RSS after the {mode} run: {sizes} MB.")
    after = report.get("static_after")
    if after:
        lines.append(f"Static reference at the end of the run: {after['requests_per_second']:.0f} req/s.")
    return "\n".join(lines)


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print(table(json.loads(path.read_text())))
