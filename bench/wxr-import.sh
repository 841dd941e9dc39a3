#!/usr/bin/env bash
# WordPress import throughput: a generated WXR file (POSTS posts, COMMENTS comments, threaded) imported by
# `import-wxr` into a fresh database; prints the time, posts/s, comments/s and the process' peak RSS, under a
# heap cap of HEAP (default 512m: the import must fit in it whatever the file's size).
#   bench/wxr-import.sh                       embedded H2 in a fresh data dir
#   PROFILE=postgres bench/wxr-import.sh     the target of the issue (>= 1,000 posts/s): a private PostgreSQL
#                                             cluster (initdb under bench/out/wxr-import/pg, port PG_PORT, default
#                                             durability) is started and stopped by the script, unless KHABAR_DB_URL
#                                             names a server to use instead
# The heap's high-water mark is read from the GC log (the most the heap held before a collection).
# POSTS (default 20000) and COMMENTS (default 100000) size the file; a smoke check: POSTS=20 COMMENTS=100.
# JAR (default target/khabar.jar) is the jar to time (to compare two builds back to back); JAVA_OPTS are added to
# the import's JVM (e.g. -XX:StartFlightRecording=filename=/tmp/wxr.jfr,settings=profile); PG_OPTS to the private
# PostgreSQL's; PG_STATS=1 loads pg_stat_statements into the private PostgreSQL and writes its 25 costliest
# statements to bench/out/wxr-import/pg-statements.txt after the import.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
POSTS=${POSTS:-20000}
COMMENTS=${COMMENTS:-100000}
HEAP=${HEAP:-512m}
OUT=bench/out/wxr-import
DATA=$PWD/$OUT/data
rm -rf "$OUT" && mkdir -p "$DATA"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=${JAR:-target/khabar.jar}
[ -f "$JAR" ] || ./mvnw -q -B -ntp -DskipTests package
FILE=$OUT/export.xml
"$JAVA" bench/WxrGenerator.java "$FILE" "$POSTS" "$COMMENTS"
echo "== $FILE: $POSTS posts, $COMMENTS comments, $(du -h "$FILE" | cut -f1)"
PROFILE_ARG=()
[ -n "${PROFILE:-}" ] && PROFILE_ARG=(--spring.profiles.active="$PROFILE")
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_VERSION=
if [ "${PROFILE:-}" = postgres ] && [ -z "${KHABAR_DB_URL:-}" ]; then
  PG=$PWD/$OUT/pg
  PG_PORT=${PG_PORT:-15433}
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  mkdir -p "$PG" && { [ "$(id -u)" != 0 ] || { chown postgres "$PG" && chmod 700 "$PG"; }; }
  as_pg "$PGBIN/initdb" -D "$PG" -U khabar --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  PG_OPTS=${PG_OPTS:-}
  [ -n "${PG_STATS:-}" ] && PG_OPTS="$PG_OPTS -c shared_preload_libraries=pg_stat_statements"
  as_pg "$PGBIN/pg_ctl" -D "$PG" -l "$PG/server.log" -w -o "-p $PG_PORT -k /tmp -c shared_buffers=256MB $PG_OPTS" start >/dev/null
  trap 'as_pg "$PGBIN/pg_ctl" -D "$PG" -m fast stop >/dev/null 2>&1 || true' EXIT
  "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U khabar -d postgres -qc "CREATE DATABASE khabar" >/dev/null
  export KHABAR_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/khabar" KHABAR_DB_USER=khabar
  PG_VERSION=", $("$PGBIN/postgres" --version)"
  [ -z "${PG_STATS:-}" ] || "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U khabar -d khabar -qc "CREATE EXTENSION pg_stat_statements" >/dev/null
fi
start=$(date +%s.%N)
/usr/bin/time -f 'peak RSS %M KB' -o "$OUT/time.txt" \
  "$JAVA" -Xmx$HEAP -Xlog:gc:file="$OUT/gc.log" ${JAVA_OPTS:-} -jar "$JAR" import-wxr "$FILE" --khabar.data-dir="$DATA" "${PROFILE_ARG[@]}" \
  > "$OUT/import.log" 2>&1 || { tail -20 "$OUT/import.log"; fail "import-wxr exited non-zero"; }
end=$(date +%s.%N)
[ -z "${PG_STATS:-}" ] || "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U khabar -d khabar -c "SELECT round(total_exec_time) AS ms, calls, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 160) AS query FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25" > "$OUT/pg-statements.txt"
# the summary is in Persian, its counts in Persian digits
persian() { echo "$1" | sed 'y/0123456789/۰۱۲۳۴۵۶۷۸۹/'; }
grep -q "نوشتهٔ منتشرشده: $(persian "$POSTS")\$" "$OUT/import.log" || { tail -30 "$OUT/import.log"; fail "not every post was imported"; }
seconds=$(echo "$end - $start" | bc)
import_took=$(sed -n 's/^ورود از وردپرس: //p' "$OUT/import.log" | head -1 | sed 'y/۰۱۲۳۴۵۶۷۸۹/0123456789/')
heap_hwm=$(grep -o '[0-9]*M->' "$OUT/gc.log" | sed 's/M->//' | sort -n | tail -1)
printf 'wxr-import: %d posts, %d comments in %.1f s (JVM start included; the import itself %s): %.0f posts/s, %.0f comments/s, heap high-water %s MB, %s, heap cap %s\n' \
  "$POSTS" "$COMMENTS" "$seconds" "$import_took" "$(echo "$POSTS / $seconds" | bc -l)" "$(echo "$COMMENTS / $seconds" | bc -l)" \
  "${heap_hwm:-?}" "$(cat "$OUT/time.txt")" "$HEAP"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)$PG_VERSION"
