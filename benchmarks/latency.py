#!/usr/bin/env python3
"""Times one command N times as a whole process: best and median wall and CPU time, peak resident set.

    benchmarks/latency.py 11 native -- benchmarks/.work/bin/native/editorial-lint -q benchmarks/.work/corpus/5k/tech-161.md

Start-up figures are noisy on a shared machine: compare builds in alternating calls, and read the CPU columns,
which contention disturbs less than the wall ones.
"""
import os
import statistics
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 4 or argv[2] != "--":
        sys.exit("usage: latency.py RUNS LABEL -- COMMAND [ARGS...]")
    runs, label, command = int(argv[0]), argv[1], argv[3:]
    walls, cpus, peak = [], [], 0
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((usage.ru_utime + usage.ru_stime) * 1000)
        peak = max(peak, usage.ru_maxrss)
    load = open("/proc/loadavg").read().split()[0]
    print(f"{label:28s} wall best {min(walls):7.1f} med {statistics.median(walls):7.1f} ms | "
          f"cpu best {min(cpus):7.1f} med {statistics.median(cpus):7.1f} ms | rss {peak // 1024} MB | load {load}")


if __name__ == "__main__":
    main(sys.argv[1:])
