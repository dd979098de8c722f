#!/usr/bin/env bash
# Whole-process comparison of EditorialLint with peer linters (issue 7). Runs on a fresh clone with ../shared
# beside it: installs what it needs (Node peers pinned by benchmarks/peers/package-lock.json, Debian's diction,
# clang for the native build), builds EditorialLint framework-dependent (ReadyToRun) and native (NativeAOT),
# builds the corpora under benchmarks/.work/ (ignored, never committed), times every tool and writes the
# "Whole-process comparison" section of docs/benchmarks.md.
#
#   benchmarks/compare.sh                 full run: 5k, 100k, 5m, 50m (about 30 minutes on 2 cores)
#   benchmarks/compare.sh --quick         5k and 100k, 3 runs, no docs change (a few minutes)
#   benchmarks/compare.sh --ours-only     EditorialLint only, every tier
#   benchmarks/compare.sh --no-native     skip the NativeAOT build (no clang needed)
#   benchmarks/compare.sh --no-build      reuse the builds in benchmarks/.work/bin
#   benchmarks/compare.sh -- ARGS         pass ARGS to compare.py (--tiers, --tools, --runs, --peer-budget, --interleave, ...)
#
# Measure on a quiet machine: the script prints the load average, and the docs record it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/benchmarks/.work"
shared="${EDITORIAL_LINT_SHARED:-$root/../shared}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

quick=0 native=1 build=1 peers=1
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --no-native) native=0 ;;
    --no-build) build=0 ;;
    --ours-only) peers=0 ;;
    --) shift; pass+=("$@"); break ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

apt_install() {
  # Installs Debian packages when missing and we may (root); otherwise says what is missing and goes on.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== apt-get install ${missing[*]}"
    apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "compare.sh: missing ${missing[*]} (install them to include them)" >&2
    return 1
  fi
}

for tool in dotnet python3; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is required" >&2; exit 2; }
done
[ -d "$shared/data/clean-news/bbc" ] || { echo "compare.sh: no $shared/data/clean-news/bbc (set EDITORIAL_LINT_SHARED)" >&2; exit 2; }
mkdir -p "$work/bin"

if [ "$peers" = 1 ]; then
  command -v node >/dev/null || { echo "compare.sh: node and npm are required for the peers (or use --ours-only)" >&2; exit 2; }
  apt_install diction || true
  stampfile="$work/peers.lock"
  if [ ! -d benchmarks/peers/node_modules ] || ! cmp -s benchmarks/peers/package-lock.json "$stampfile"; then
    echo "== npm ci (benchmarks/peers)"
    (cd benchmarks/peers && npm ci --no-audit --no-fund --loglevel=error)
    cp benchmarks/peers/package-lock.json "$stampfile"
  fi
fi

if [ "$build" = 1 ]; then
  echo "== publish framework-dependent (ReadyToRun) -> benchmarks/.work/bin/fd"
  rm -rf "$work/bin/fd"
  dotnet publish src/EditorialLint.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/bin/fd" -nologo -v q
  if [ "$native" = 1 ]; then
    if apt_install clang zlib1g-dev; then
      echo "== publish native (NativeAOT) -> benchmarks/.work/bin/native"
      rm -rf "$work/bin/native"
      dotnet publish src/EditorialLint.Cli -c Release -r linux-x64 -p:NativeAot=true -o "$work/bin/native" -nologo -v q
    else
      echo "compare.sh: no clang: the native build is left out" >&2
    fi
  fi
fi
[ "$native" = 1 ] || rm -rf "$work/bin/native"

tiers="5k,100k,5m,50m"
args=()
if [ "$quick" = 1 ]; then
  tiers="5k,100k"
  args+=(--runs 3 --no-docs)
fi
[ "$peers" = 1 ] || args+=(--tools el-native,el-native-j1,el-fd,el-fd-j1)

echo "== corpora -> benchmarks/.work/corpus"
python3 benchmarks/make_corpus.py "$shared/data/clean-news/bbc" "$work/corpus" --tiers "$tiers"

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
recorded="benchmarks/compare.sh"
[ "$quick" = 1 ] && recorded="$recorded --quick"
[ "$peers" = 1 ] || recorded="$recorded --ours-only"
[ "$native" = 1 ] || recorded="$recorded --no-native"
[ ${#pass[@]} -gt 0 ] && recorded="$recorded -- ${pass[*]}"
exec python3 benchmarks/compare.py --work "$work" --tiers "$tiers" --command "$recorded" "${args[@]}" "${pass[@]}"
