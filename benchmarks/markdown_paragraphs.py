#!/usr/bin/env python3
"""One Markdown paragraph made of one short construct repeated: how the whole-process time grows with its length.

Markdig parses a paragraph's inlines in one pass, but some constructs make it scan ahead to the end of the paragraph
for a closing mark that never comes, once per opening mark: the cost grows with the square of the paragraph's
length. This script writes each construct at two lengths (default 16,000 and 64,000 characters, one paragraph)
under benchmarks/.work/paragraphs (ignored), runs the tool once on each (all rules, wall time) and prints a Markdown
table with the ratio of the two times (about 4 is linear, about 16 quadratic) and the EL9xxx the tool reported.
Standard library only.

  benchmarks/markdown_paragraphs.py
  benchmarks/markdown_paragraphs.py --sizes 16000 64000 --units "[a](" "<?"
"""

import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Openers that look ahead for their closer, marks Markdig keeps open, and ordinary constructs for comparison.
UNITS = ["[a](", '[a]("', "<?", "<!--", "[a][", "*a ", "[", "[a](u) ", "*a* ", "`a` ", "word "]


def run(tool, path):
    start = time.monotonic()
    out = subprocess.run(tool + ["-q", "--max-file-size", "0", "--format", "text", path], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL).stdout.decode("utf-8", "replace")
    tool_ids = sorted({word for line in out.splitlines() for word in line.split() if word.startswith("EL9")})
    return time.monotonic() - start, " ".join(i.rstrip(":") for i in tool_ids) or "none"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs=2, default=[16000, 64000], help="the two paragraph lengths (characters)")
    parser.add_argument("--units", nargs="+", default=UNITS)
    parser.add_argument("--tool", default=None, help="the command to run (default: the Release build's editorial-lint)")
    args = parser.parse_args()
    tool = args.tool.split() if args.tool else [os.path.join(ROOT, "src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint")]
    work = os.path.join(ROOT, "benchmarks", ".work", "paragraphs")
    os.makedirs(work, exist_ok=True)
    print(f"load average {os.getloadavg()[0]:.1f}")
    print()
    small, large = args.sizes
    print(f"| construct | {small:,} chars (s) | {large:,} chars (s) | ratio | EL9xxx at {small:,} / {large:,} |")
    print("|---|---|---|---|---|")
    for unit in args.units:
        times, ids = [], []
        for size in args.sizes:
            path = os.path.join(work, f"paragraph-{size}.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write("Intro. " + unit * max(1, size // len(unit)) + " end.\n")
            took, found = run(tool, path)
            times.append(took)
            ids.append(found)
        shown = unit.replace("|", "\\|")
        print(f"| `` {shown} `` | {times[0]:.1f} | {times[1]:.1f} | {times[1] / max(times[0], 0.001):.1f} | {ids[0]} / {ids[1]} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
