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
END \$\$;
VACUUM ANALYZE;"
"$TOOL" archive stats --db "${PG_TEMP_URL}add1" | grep -E "articles|mentions|size"

article=$(ls "$work/corpus/5k"/*.md | head -1)
"$TOOL" "$article" -q >/dev/null 2>&1 || true
for i in $(seq 1 11); do
  timed plain "$TOOL" "$article" -q
  timed with "$TOOL" "$article" --archive "${PG_TEMP_URL}add1" -q
done
plain=$(median < "$out/plain.wall"); with=$(median < "$out/with.wall")
echo "one 5 KB article, no archive:        ${plain} s wall (median of 11)"
echo "one 5 KB article, PostgreSQL archive: ${with} s wall"
echo "added by the archive:                $(awk -v p="$plain" -v w="$with" 'BEGIN { printf "%.0f ms", (w - p) * 1000 }')"
