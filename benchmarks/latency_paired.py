#!/usr/bin/env python3
"""Times several builds on the same arguments in turn, N rounds: median and 10th percentile of wall and CPU time each.

    benchmarks/latency_paired.py 40 "-q benchmarks/.work/corpus/5k/tech-161.md" /tmp/before/editorial-lint /tmp/after/editorial-lint

On a shared machine a build's time drifts with the load from minute to minute; running the builds in turn puts every
round of each under the same load, so their medians compare where separate calls of latency.py would not.
"""
import os
import statistics
import sys
import time


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: latency_paired.py ROUNDS ARGS BUILD [BUILD...]")
    rounds, args, builds = int(argv[0]), argv[1].split(), argv[2:]
    walls = {b: [] for b in builds}
    cpus = {b: [] for b in builds}
    devnull = os.open(os.devnull, os.O_WRONLY)
    for _ in range(rounds):
        for build in builds:
            start = time.perf_counter()
            pid = os.fork()
            if pid == 0:
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                os.execv(build, [build] + args)
            _, _, usage = os.wait4(pid, 0)
            walls[build].append((time.perf_counter() - start) * 1000)
            cpus[build].append((usage.ru_utime + usage.ru_stime) * 1000)
    load = open("/proc/loadavg").read().split()[0]
    for build in builds:
        w, c = sorted(walls[build]), sorted(cpus[build])
        print(f"{build:40s} wall med {statistics.median(w):6.1f} p10 {w[len(w) // 10]:6.1f} ms | "
              f"cpu med {statistics.median(c):6.1f} p10 {c[len(c) // 10]:6.1f} ms | load {load}")


if __name__ == "__main__":
    main(sys.argv[1:])
