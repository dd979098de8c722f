#!/usr/bin/env bash
# The archive's targets (issue 18; figures in docs/benchmarks.md, "Archive"):
#   1. indexing the 50 MB corpus into SQLite (archive add) against linting it with the numbers rules alone;
#   2. the store's size;
#   3. one 5 KB article linted with and without --archive against an archive of about a million mentions.
#
#   benchmarks/archive.sh [RUNS]            RUNS runs of each (default 5; medians), framework-dependent build
#   TOOL=/tmp/el-native/editorial-lint benchmarks/archive.sh 11     another build (native, ReadyToRun)
#   SKIP_INDEX=1 benchmarks/archive.sh 11   only the lookup figures (the big archive is kept between runs)
#
# Needs ../shared/data/clean-news/bbc (or EDITORIAL_LINT_SHARED) for the corpora, python3 for them and for growing
# the archive to a million mentions (the 50 MB corpus's rows copied under other article paths).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/benchmarks/.work"
shared="${EDITORIAL_LINT_SHARED:-$root/../shared}"
runs="${1:-5}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

python3 benchmarks/make_corpus.py "$shared/data/clean-news/bbc" "$work/corpus" --tiers 5k,50m >/dev/null
if [ -z "${TOOL:-}" ]; then
  dotnet build src/EditorialLint.Cli -c Release -nologo -v q >/dev/null
  TOOL="$root/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint"
fi
out="$work/archive"
mkdir -p "$out"
# The numbers rules alone: every other category off.
printf 'editorial_lint.category.Wording.severity = none\neditorial_lint.category.Style.severity = none\n' > "$out/numbers-only.editorconfig"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Wall and CPU seconds of one command, appended to files $1.wall and $1.cpu.
timed() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || { code=$?; [ "$code" -le 1 ] || { cat "$out/stderr.txt" >&2; exit 1; }; }
  awk '{ print $1 }' "$out/time.txt" >> "$out/$name.wall"
  awk '{ print $2 + $3 }' "$out/time.txt" >> "$out/$name.cpu"
}

echo "tool: $TOOL"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${SKIP_INDEX:-}" ]; then
  rm -f "$out"/{lint,add}.{wall,cpu}
  for i in $(seq 1 "$runs"); do
    timed lint "$TOOL" "$work/corpus/50m" --config "$out/numbers-only.editorconfig" -q -j 2
    rm -f "$out/50m.db" "$out/50m.db-wal" "$out/50m.db-shm"
    timed add "$TOOL" archive add "$work/corpus/50m" --db "$out/50m.db" -q -j 2
  done
  lint=$(median < "$out/lint.wall"); add=$(median < "$out/add.wall")
  echo "lint 50m, numbers rules alone: ${lint} s wall, $(median < "$out/lint.cpu") s CPU (median of $runs)"
  echo "archive add 50m, fresh store:  ${add} s wall, $(median < "$out/add.cpu") s CPU"
  echo "indexing speed / lint speed:   $(awk -v l="$lint" -v a="$add" 'BEGIN { printf "%.2f", l / a }')"
  "$TOOL" archive stats --db "$out/50m.db"
fi

# An archive of about a million mentions: the 50 MB corpus's articles and mentions copied under other paths.
if [ ! -f "$out/1m.db" ]; then
  [ -f "$out/50m.db" ] || "$TOOL" archive add "$work/corpus/50m" --db "$out/50m.db" -q -j 2
  cp "$out/50m.db" "$out/1m.db"
  python3 - "$out/1m.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA journal_mode = WAL")
cols = [r[1] for r in db.execute("PRAGMA table_info(mentions)") if r[1] != "article_id"]
mentions = db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
copy = 1
while db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] < 1_000_000:
    with db:
        db.execute("CREATE TEMP TABLE ids AS SELECT id AS old, NULL AS new FROM articles WHERE path NOT LIKE '%#copy%'")
        for (old,) in db.execute("SELECT old FROM ids").fetchall():
            cur = db.execute("INSERT INTO articles (path, url, title, published, names, content_hash) SELECT path || '#copy%d', url, title, published, names, content_hash FROM articles WHERE id = ?" % copy, (old,))
            db.execute("INSERT INTO mentions (article_id, %s) SELECT ?, %s FROM mentions WHERE article_id = ?" % (", ".join(cols), ", ".join(cols)), (cur.lastrowid, old))
        db.execute("DROP TABLE ids")
    copy += 1
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print("1m archive:", db.execute("SELECT COUNT(*) FROM articles").fetchone()[0], "articles,", db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0], "mentions")
PY
fi
"$TOOL" archive stats --db "$out/1m.db" | grep -E "articles|mentions|size"

# One 5 KB article, with and without the archive, interleaved so that load changes hit both alike: the 5k tier's
# article (no figure the rules compare, so the archive is never opened), and a 50 MB corpus article of 4-6 KB with
# figures and events to look up (the store is opened and queried; its copies in the archive agree with it).
busy=$(python3 - "$out/50m.db" <<'PY'
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for path, keys in db.execute("SELECT a.path, COUNT(*) FROM articles a JOIN mentions m ON m.article_id = a.id "
                             "WHERE m.mention_kind < 2 GROUP BY a.id ORDER BY COUNT(*) DESC, a.path"):
    if os.path.exists(path) and 4000 <= os.path.getsize(path) <= 6000:
        print(path)
        break
PY
)
for article in $(ls "$work/corpus/5k"/*.md | head -1) "$busy"; do
  keys=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.path = ? AND m.mention_kind < 2\", (sys.argv[2],)).fetchone()[0])" "$out/50m.db" "$article")
  # Millisecond wall and CPU (user + system) times of each run, plain and with the archive in turn.
  python3 - "$runs" "$article" "$keys" "$out/1m.db" "$TOOL" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, article, keys, archive, tool = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
def once(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    code = subprocess.call([tool, article, "-q"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code > 1: sys.exit("editorial-lint failed with exit code %d" % code)
    return wall * 1000, (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
once([])
plain, archived = [], []
for _ in range(runs):
    plain.append(once([]))
    archived.append(once(["--archive", archive]))
m = lambda xs, i: statistics.median(x[i] for x in xs)
print("%s (%d bytes, %s figures/events to look up): wall %.0f ms plain, %.0f ms with --archive (1m): %+.0f ms; CPU %.0f / %.0f ms: %+.0f ms (medians of %d)"
      % (os.path.basename(article), os.path.getsize(article), keys, m(plain, 0), m(archived, 0), m(archived, 0) - m(plain, 0),
         m(plain, 1), m(archived, 1), m(archived, 1) - m(plain, 1), runs))
PY
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
