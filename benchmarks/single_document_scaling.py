#!/usr/bin/env python3
"""One document, doubled until it passes a size: the whole-process time and peak memory at each size.

Issue 16 asks that a single large document cost time linear in its size (within 20 % per byte) and stay under
400 MB of memory at 50 MB. This script writes the document at each size under benchmarks/.work/scaling (ignored),
runs the tool once per size (os.wait4: wall time, CPU time, peak resident set) and prints a Markdown table with
the cost per MB and its ratio to the previous size. Standard library only.

  benchmarks/single_document_scaling.py                      # our samples, doubled from 0.4 MB to 50 MB
  benchmarks/single_document_scaling.py --shape run-on       # the same words with no sentence end: one sentence
  benchmarks/single_document_scaling.py --max-mb 12 --tool "artifacts/native/editorial-lint"

The seed is our own sample articles (samples/**/*.md), never third-party text.
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seed_text(shape):
    parts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "samples", "**", "*.md"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            parts.append(f.read())
    text = "\n\n".join(parts)
    if shape == "run-on":
        # Words only: no sentence end, no line break, no markup; the worst case for sentence-level rules.
        words = re.findall(r"[A-Za-z]+", text)
        text = " ".join(words) + " "
    return text


def run(tool, path, max_findings):
    start = time.monotonic()
    process = subprocess.Popen(tool + ["-q", "--max-file-size", "0", "--max-findings", str(max_findings), "--format", "json", path],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    findings = out.count(b'"id":')
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, findings, os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", choices=["article", "run-on"], default="article")
    parser.add_argument("--min-mb", type=float, default=0.39, help="the smallest size; sizes halve down from --max-mb")
    parser.add_argument("--max-mb", type=float, default=50)
    parser.add_argument("--max-findings", type=int, default=0,
                        help="findings kept per document (0, the default here: all; the tool's own default is 10,000)")
    parser.add_argument("--tool", default=None, help="the command to run (default: the Release build's editorial-lint)")
    args = parser.parse_args()

    tool = args.tool.split() if args.tool else [os.path.join(ROOT, "src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint")]
    work = os.path.join(ROOT, "benchmarks", ".work", "scaling")
    os.makedirs(work, exist_ok=True)
    seed = seed_text(args.shape)
    unit = seed + ("\n\n" if args.shape == "article" else "")
    unit_bytes = len(unit.encode("utf-8"))

    # Sizes from max down by halves to min, smallest first: 0.39, 0.78, ... 25, 50 MB by default.
    sizes = [args.max_mb]
    while sizes[-1] / 2 >= args.min_mb * 0.999:
        sizes.append(sizes[-1] / 2)
    sizes.reverse()

    print(f"load average {os.getloadavg()[0]:.1f}; tool: {' '.join(tool)}; shape: {args.shape}; --max-findings {args.max_findings}", flush=True)
    print("| size (MB) | wall (s) | CPU (s) | CPU s per MB | per-MB ratio to previous | peak memory (MB) | findings |")
    print("|---|---|---|---|---|---|---|", flush=True)
    previous = None
    for target in sizes:
        copies = max(1, round(target * 1_000_000 / unit_bytes))
        data = (unit * copies).encode("utf-8")
        mb = len(data) / 1_000_000
        path = os.path.join(work, f"{args.shape}-{len(data)}.md")
        with open(path, "wb") as f:
            f.write(data)
        del data
        wall, cpu, peak, findings, code = run(tool, path, args.max_findings)
        os.remove(path)
        per_mb = cpu / mb
        ratio = f"{per_mb / previous:.2f}" if previous else ""
        note = "" if code in (0, 1) else f" (exit {code})"
        print(f"| {mb:.2f} | {wall:.1f} | {cpu:.1f} | {per_mb:.2f} | {ratio} | {peak:.0f} | {findings}{note} |", flush=True)
        previous = per_mb
    return 0


if __name__ == "__main__":
    sys.exit(main())
