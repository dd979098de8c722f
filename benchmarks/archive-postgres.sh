#!/usr/bin/env bash
# The archive's figures on PostgreSQL (docs/benchmarks.md, "Archive on PostgreSQL"), beside benchmarks/archive.sh's
# SQLite ones: a throw-away local server (tools/pg-temp-server.sh), so the figures are the store's cost without a
# network; a desk's server adds its round trips.
#   1. indexing the 50 MB corpus (archive add into a new database) against linting it with the numbers rules alone;
#   2. the store's size;
#   3. one 5 KB article linted with and without --archive against an archive of about a million mentions.
#
#   benchmarks/archive-postgres.sh [RUNS]                      RUNS runs of each (default 3; medians)
#   TOOL=/tmp/el-native/editorial-lint benchmarks/archive-postgres.sh 11
#
# Needs ../shared/data/clean-news/bbc (or EDITORIAL_LINT_SHARED), python3, and PostgreSQL's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/benchmarks/.work"
shared="${EDITORIAL_LINT_SHARED:-$root/../shared}"
runs="${1:-3}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

python3 benchmarks/make_corpus.py "$shared/data/clean-news/bbc" "$work/corpus" --tiers 5k,50m >/dev/null
if [ -z "${TOOL:-}" ]; then
  dotnet build src/EditorialLint.Cli -c Release -nologo -v q >/dev/null
  TOOL="$root/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint"
fi
out="$work/archive-postgres"
mkdir -p "$out"
printf 'editorial_lint.category.Wording.severity = none\neditorial_lint.category.Style.severity = none\n' > "$out/numbers-only.editorconfig"
source tools/pg-temp-server.sh
pg_temp_start
bin=$(pg_temp_bin)
psql_() { "$bin/psql" -h 127.0.0.1 -p "$PG_TEMP_PORT" -U postgres -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
timed() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || { code=$?; [ "$code" -le 1 ] || { cat "$out/stderr.txt" >&2; exit 1; }; }
  awk '{ print $1 }' "$out/time.txt" >> "$out/$name.wall"
  awk '{ print $2 + $3 }' "$out/time.txt" >> "$out/$name.cpu"
}

echo "tool: $TOOL"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out"/*.wall "$out"/*.cpu
for i in $(seq 1 "$runs"); do
  timed lint "$TOOL" "$work/corpus/50m" --config "$out/numbers-only.editorconfig" -q -j 2
  timed add "$TOOL" archive add "$work/corpus/50m" --db "${PG_TEMP_URL}add$i" -q -j 2
done
lint=$(median < "$out/lint.wall"); add=$(median < "$out/add.wall")
echo "lint 50m, numbers rules alone:   ${lint} s wall, $(median < "$out/lint.cpu") s CPU (median of $runs)"
echo "archive add 50m into PostgreSQL: ${add} s wall, $(median < "$out/add.cpu") s CPU (client; the server's own CPU not counted)"
echo "indexing speed / lint speed:     $(awk -v l="$lint" -v a="$add" 'BEGIN { printf "%.2f", l / a }')"
"$TOOL" archive stats --db "${PG_TEMP_URL}add1"

# About a million mentions: the 50 MB corpus's articles and mentions copied under other paths, in SQL.
cols="lookup_key, mention_kind, quantity_kind, value, low, high, resolution, unit, subject, owner, period, place, segment, event, date_year, date_month, date_day, names, figure_text, subject_text, sentence_start, sentence_length, line"
psql_ -d add1 -c "
DO \$\$
DECLARE c int := 1;
BEGIN
  WHILE (SELECT count(*) FROM mentions) < 1000000 LOOP
    INSERT INTO articles (path, url, title, published, names, content_hash)
      SELECT path || '#copy' || c, url, title, published, names, content_hash FROM articles WHERE path NOT LIKE '%#copy%';
    INSERT INTO mentions (article_id, $cols)
      SELECT n.id, $(echo "$cols" | sed 's/\([a-z_][a-z_]*\)/m.\1/g')
      FROM mentions m JOIN articles a ON a.id = m.article_id JOIN articles n ON n.path = a.path || '#copy' || c
      WHERE a.path NOT LIKE '%#copy%';
    c := c + 1;
  END LOOP;
END \$\$;"
psql_ -d add1 -c "VACUUM ANALYZE"
"$TOOL" archive stats --db "${PG_TEMP_URL}add1" | grep -E "articles|mentions|size"

# As benchmarks/archive.sh: a 50 MB corpus article of 4-6 KB with the most figures and events to look up (the store is
# opened and queried), timed with and without --archive, interleaved; milliseconds, medians of 11.
busy=""
while IFS='|' read -r path keys; do
  size=$(stat -c %s "$path" 2>/dev/null || echo 0)
  if [ "$size" -ge 4000 ] && [ "$size" -le 6000 ]; then busy="$path"; busy_keys="$keys"; break; fi
done < <(psql_ -d add1 -c "SELECT a.path, COUNT(*) FROM articles a JOIN mentions m ON m.article_id = a.id WHERE m.mention_kind < 2 AND a.path NOT LIKE '%#copy%' GROUP BY a.id ORDER BY COUNT(*) DESC, a.path")
python3 - 11 "$busy" "$busy_keys" "${PG_TEMP_URL}add1" "$TOOL" <<'PY'
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
once([]); once(["--archive", archive])
plain, archived = [], []
for _ in range(runs):
    plain.append(once([]))
    archived.append(once(["--archive", archive]))
m = lambda xs, i: statistics.median(x[i] for x in xs)
print("%s (%d bytes, %s figures/events to look up): wall %.0f ms plain, %.0f ms with a PostgreSQL --archive (1m): %+.0f ms; client CPU %.0f / %.0f ms: %+.0f ms (medians of %d)"
      % (os.path.basename(article), os.path.getsize(article), keys, m(plain, 0), m(archived, 0), m(archived, 0) - m(plain, 0),
         m(plain, 1), m(archived, 1), m(archived, 1) - m(plain, 1), runs))
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
