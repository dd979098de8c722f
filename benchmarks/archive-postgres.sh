#!/usr/bin/env bash
# The archive's figures on PostgreSQL (docs/benchmarks.md, "Archive on PostgreSQL"), beside benchmarks/archive.sh's
# SQLite ones: a throw-away local server (tools/pg-temp-server.sh), so the figures are the store's cost without a
# network; a desk's server adds its round trips.
#   1. indexing the 50 MB corpus (archive add into a new database) against linting it with the numbers rules alone;
#   2. the store's size;
#   3. one 5 KB article linted with and without --archive against an archive of about a million mentions.
#
#   benchmarks/archive-postgres.sh [RUNS]                      RUNS runs of each (default 3; medians)
#   TOOL=/tmp/el-native/editorial-lint benchmarks/archive-postgres.sh 11   another build (PACKED=1: the dotnet tool)
#
# Needs ../shared/data/clean-news/bbc (or EDITORIAL_LINT_SHARED), python3, and PostgreSQL's server binaries.
DEFAULT_RUNS=3 ARCHIVE_OUT=archive-postgres
source "$(dirname "$0")/archive-common.sh"
source tools/pg-temp-server.sh
pg_temp_start
bin=$(pg_temp_bin)
psql_() { "$bin/psql" -h 127.0.0.1 -p "$PG_TEMP_PORT" -U postgres -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

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
lookup_times "$busy" "$busy_keys" "${PG_TEMP_URL}add1" "a PostgreSQL --archive (1m)" 11
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
