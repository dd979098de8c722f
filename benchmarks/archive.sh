#!/usr/bin/env bash
# The archive's targets (issue 18; figures in docs/benchmarks.md, "Archive"):
#   1. indexing the 50 MB corpus into SQLite (archive add) against linting it with the numbers rules alone;
#   2. the store's size;
#   3. one 5 KB article linted with and without --archive against an archive of about a million mentions.
#
#   benchmarks/archive.sh [RUNS]            RUNS runs of each (default 5; medians), `dotnet build` (JIT-compiled)
#   PACKED=1 benchmarks/archive.sh 11       the dotnet tool as users install it (dotnet pack, dotnet tool install)
#   TOOL=/tmp/el-native/editorial-lint benchmarks/archive.sh 11     another build (native, ReadyToRun)
#   BASELINE_TOOL=/tmp/tool-main/editorial-lint PACKED=1 SKIP_INDEX=1 benchmarks/archive.sh 15     the lookup rows with
#                                           another build (main's) in the same interleaved rounds
#   SKIP_INDEX=1 benchmarks/archive.sh 11   only the lookup figures (the big archive is kept between runs)
#
# Needs ../shared/data/clean-news/bbc (or EDITORIAL_LINT_SHARED) for the corpora, python3 for them and for growing
# the archive to a million mentions (the 50 MB corpus's rows copied under other article paths).
DEFAULT_RUNS=5 ARCHIVE_OUT=archive
source "$(dirname "$0")/archive-common.sh"

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
  lookup_times "$article" "$keys" "$out/1m.db" "--archive (1m)"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
