#!/usr/bin/env bash
# CPU profile of one whole EditorialLint run: where the time goes, by module and by method, JIT-compiled .NET code
# included (the runtime writes a perf map). Uses Linux perf (Debian's linux-perf; installed here when missing).
#
#   benchmarks/profile.sh [CORPUS_TIER] [-- EXTRA editorial-lint ARGS]
#   benchmarks/profile.sh 50m                       # the 50 MB corpus, one job (the default)
#
# Needs the framework-dependent build and the corpora of benchmarks/compare.sh (run it once, or
# `benchmarks/compare.sh --ours-only --no-native -- --tiers 5k`). Writes benchmarks/.work/profile/perf.data.
set -euo pipefail
cd "$(dirname "$0")/.."
tier="${1:-50m}"
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
work=benchmarks/.work
tool="$work/bin/fd/editorial-lint"
[ -x "$tool" ] || { echo "profile.sh: no $tool; run benchmarks/compare.sh first" >&2; exit 2; }
[ -d "$work/corpus/$tier" ] || { echo "profile.sh: no corpus tier $tier under $work/corpus" >&2; exit 2; }
if ! command -v perf >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq linux-perf >/dev/null; else echo "profile.sh: install linux-perf" >&2; exit 2; fi
fi
mkdir -p "$work/profile"
data="$work/profile/perf.data"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# cpu-clock works where hardware counters are not exposed (virtual machines).
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record -F 1999 -e cpu-clock -g -o "$data" "$tool" -q --jobs 1 "$@" "$work/corpus/$tier" >/dev/null 2>"$work/profile/record.log" || true
echo "== by module"
perf report -i "$data" --no-children --sort dso --stdio -g none 2>/dev/null | grep '%' | head -12
echo "== by thread"
perf report -i "$data" --no-children --sort comm --stdio -g none 2>/dev/null | grep '%' | head -5
echo "== by method (self time)"
perf report -i "$data" --no-children --sort symbol --stdio -g none 2>/dev/null | grep '%' \
  | sed -E 's/ +/ /g; s/\[(OptimizedTier1|QuickJitted|Optimized|PreJIT|Tier0|Tier1|Instrumented Tier0)\]//g; s/valuetype |class |\[[A-Za-z.]+\] //g' \
  | cut -c1-160 | head -40
