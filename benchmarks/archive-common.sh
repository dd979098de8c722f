# What benchmarks/archive.sh (SQLite) and benchmarks/archive-postgres.sh share: sourced, not run.
#
# Sets root, work, shared, runs (from $1 with DEFAULT_RUNS), out (benchmarks/.work/$ARCHIVE_OUT) and TOOL:
#   TOOL=PATH        that build (a native or ReadyToRun publish);
#   PACKED=1         the dotnet tool as users get it: `dotnet pack`, then `dotnet tool install --tool-path`
#                    (on linux-x64, the ReadyToRun package; see docs/ci.md);
#   neither          `dotnet build` of src/EditorialLint.Cli (JIT-compiled, what `dotnet run` and the tests use).
# and defines median, timed NAME COMMAND… and lookup_times ARTICLE KEYS ARCHIVE LABEL [RUNS].
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
work="$root/benchmarks/.work"
shared="${EDITORIAL_LINT_SHARED:-$root/../shared}"
runs="${1:-$DEFAULT_RUNS}"
out="$work/$ARCHIVE_OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

python3 benchmarks/make_corpus.py "$shared/data/clean-news/bbc" "$work/corpus" --tiers 5k,50m >/dev/null
if [ -z "${TOOL:-}" ] && [ -n "${PACKED:-}" ]; then
  rm -rf "$work/pack" "$work/tool"
  dotnet pack src/EditorialLint.Cli -c Release -o "$work/pack" -nologo -v q >/dev/null
  dotnet tool install --tool-path "$work/tool" --add-source "$work/pack" EditorialLint.Tool >/dev/null
  TOOL="$work/tool/editorial-lint"
elif [ -z "${TOOL:-}" ]; then
  dotnet build src/EditorialLint.Cli -c Release -nologo -v q >/dev/null
  TOOL="$root/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint"
fi
mkdir -p "$out"
# The numbers rules alone: every other category off.
printf 'editorial_lint.category.Wording.severity = none\neditorial_lint.category.Style.severity = none\n' > "$out/numbers-only.editorconfig"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Wall and CPU seconds of one command, appended to files $out/NAME.wall and $out/NAME.cpu.
timed() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || { code=$?; [ "$code" -le 1 ] || { cat "$out/stderr.txt" >&2; exit 1; }; }
  awk '{ print $1 }' "$out/time.txt" >> "$out/$name.wall"
  awk '{ print $2 + $3 }' "$out/time.txt" >> "$out/$name.cpu"
}

# One article linted $runs times without and with --archive ARCHIVE (so that load changes hit both alike; each
# round in a random order), after one unmeasured run of each: the plain run's median, and the median and interquartile
# range of what --archive adds in the same round (wall and user + system CPU, milliseconds). With BASELINE_TOOL=PATH
# (another build, such as main's installed tool), each round runs that build too.
lookup_times() {
  python3 - "${5:-$runs}" "$1" "$2" "$3" "$TOOL" "$4" "${BASELINE_TOOL:-}" <<'PY'
import os, random, resource, statistics, subprocess, sys, time
runs, article, keys, archive, label = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[6]
tools = [t for t in (sys.argv[7], sys.argv[5]) if t]
def once(tool, args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    code = subprocess.call([tool, article, "-q"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code > 1: sys.exit("editorial-lint failed with exit code %d" % code)
    return wall * 1000, (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
plain = {t: [] for t in tools}
added = {t: ([], []) for t in tools}
for t in tools: once(t, []); once(t, ["--archive", archive])
for _ in range(runs):
    order = [(t, a) for t in tools for a in (False, True)]
    random.shuffle(order)
    got = {(t, a): once(t, ["--archive", archive] if a else []) for t, a in order}
    for t in tools:
        plain[t].append(got[(t, False)][0])
        for i in (0, 1): added[t][i].append(got[(t, True)][i] - got[(t, False)][i])
def spread(xs):
    q = statistics.quantiles(xs, n=4) if len(xs) > 1 else [xs[0], xs[0], xs[0]]
    return "%+.0f ms (IQR %+.0f to %+.0f)" % (statistics.median(xs), q[0], q[2])
for t in tools:
    print("%s%s (%d bytes, %s figures/events to look up): plain %.0f ms; %s adds %s wall, %s CPU (%d paired rounds)"
          % ("baseline: " if len(tools) > 1 and t == tools[0] else "", os.path.basename(article), os.path.getsize(article), keys,
             statistics.median(plain[t]), label, spread(added[t][0]), spread(added[t][1]), runs))
PY
}
