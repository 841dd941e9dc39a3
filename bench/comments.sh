#!/usr/bin/env bash
# Comment intake (issue 3, item 10): accepted comments per second over loopback on PostgreSQL, and proof none is lost.
#   bench/comments.sh [seconds]          (needs wrk and PostgreSQL 15+ server binaries: apt-get install wrk postgresql)
# A private PostgreSQL cluster (initdb under bench/out/comments/pg, port $PG_PORT, default durability: fsync and
# synchronous_commit on) is started and stopped by this script. Khabar runs on it with the postgres profile and the
# demo articles. The captcha is the real one: a pool of challenges is fetched from /api/v1/captcha/challenge and solved
# beforehand (bench/CaptchaPool.java); only the difficulty is lowered (khabar.captcha.max-number) so the pool is quick
# to make: the server's work per comment (signature, hash, single use) is the same at any difficulty. Every request
# comes from its own client address (X-Forwarded-For from 127.0.0.1, a configured trusted proxy), so the per-client
# limits and screening see many readers, as in production. wrk's Lua counts the 201s; the script then counts rows.
# KHABAR_JAVA_OPTS adds JVM options to Khabar; PROFILE=1 records the measured run with JFR (bench/out/comments/run.jfr).
# HEAP (default 512m) is Khabar's -Xmx; the run ends with Khabar's peak RSS. The run fails (bench/lib.sh) when wrk's
# Lua did not load (no ACKED line), when a sample comment is not answered 201 with its JSON, or when more than 1% of
# the comments are refused: then the figure would not be of accepted comments.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-20}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18090}
PG_PORT=${PG_PORT:-15433}
WARMUP=${WARMUP:-30}
HEAP=${HEAP:-512m}
POOL_SIZE=${POOL_SIZE:-$(((WARMUP + DURATION) * 3000))}
OUT=bench/out/comments
PG=$OUT/pg
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk curl)"; exit 1; }; done
rm -rf "$OUT" && mkdir -p "$OUT"
khabar_pid=
cleanup() {
  [ -n "$khabar_pid" ] && { kill "$khabar_pid" 2>/dev/null; wait "$khabar_pid" 2>/dev/null || true; }
  pg_stop
}
trap cleanup EXIT
pg_init && pg_start && pg_database

[ -f target/khabar.jar ] && [ -z "${REBUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
KHABAR_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/khabar" KHABAR_DB_USER=khabar KHABAR_DB_POOL=${DB_POOL:-16} \
  "$JAVA" -Xmx$HEAP ${KHABAR_JAVA_OPTS:-} -jar target/khabar.jar --spring.profiles.active=postgres --khabar.demo.enabled=true \
  --khabar.data-dir="$OUT/data" --server.port=$PORT --khabar.client.trusted-proxies=127.0.0.1 \
  --khabar.captcha.max-number=1000 --khabar.captcha.expiry=30m --khabar.comment.article-limit=1000000 \
  --logging.level.root=warn > "$OUT/khabar.log" 2>&1 &
khabar_pid=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" || { echo "Khabar did not start"; tail -50 "$OUT/khabar.log"; exit 1; }

ARTICLES=$(psql_khabar "SELECT string_agg(id::text, ',') FROM article_article WHERE status = 'PUBLISHED'")
echo "== $(tr ',' '\n' <<<"$ARTICLES" | wc -l) published articles; solving $POOL_SIZE captcha challenges"
time "$JAVA" bench/CaptchaPool.java "http://127.0.0.1:$PORT" "$POOL_SIZE" "$OUT/pool.txt"

# warm-up with its own solutions, long enough for the JIT to finish compiling the path (a 5 s warm-up left the C2
# compiler using a quarter of Khabar's CPU in the measured run)
WARM_LINES=$((WARMUP * 3000))
head -n "$WARM_LINES" "$OUT/pool.txt" > "$OUT/warm.txt"; tail -n +$((WARM_LINES + 1)) "$OUT/pool.txt" | head -n -1 > "$OUT/run.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/comments.lua "http://127.0.0.1:$PORT" -- "$OUT/warm.txt" "$ARTICLES" "$THREADS" > "$OUT/warm.log" 2>&1
grep -q '^ACKED ' "$OUT/warm.log" || fail "comments warm-up: wrk printed no ACKED line: bench/comments.lua did not load ($(head -3 "$OUT/warm.log"))"
# one comment by hand, with a solution the runs do not use: the answer is the 201 and the JSON the load counts
SAMPLE_ARTICLE=${ARTICLES%%,*}
sample_status=$(curl -s -o "$OUT/sample.json" -w '%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/json' \
  -H 'X-Forwarded-For: 10.255.255.254' --data "{\"name\":\"خوانندهٔ نمونه\",\"text\":\"نظر نمونه پیش از سنجش؛ متنی کوتاه دربارهٔ این خبر.\",\"parentId\":null,\"altcha\":\"$(tail -1 "$OUT/pool.txt")\"}" \
  "http://127.0.0.1:$PORT/api/v1/articles/$SAMPLE_ARTICLE/comments")
[ "$sample_status" = 201 ] && grep -q '"id"' "$OUT/sample.json" || fail "a sample comment was answered $sample_status: $(head -c 300 "$OUT/sample.json")"
psql_khabar "SELECT COUNT(*) FROM comment_comment" > "$OUT/before.txt"
BEFORE=$(cat "$OUT/before.txt")

# CPU seconds (user + system) of a set of processes: where each comment's cost goes on the shared cores
cpu_of() { local t=0 pid; for pid in "$@"; do t=$((t + $(awk '{print $14 + $15}' /proc/$pid/stat 2>/dev/null || echo 0))); done; echo "$t"; }
pg_pids() { local main; main=$(head -1 "$PG/postmaster.pid"); echo "$main $(pgrep -P "$main" | tr '\n' ' ')"; }
khabar_cpu=$(cpu_of $khabar_pid); pg_cpu=$(cpu_of $(pg_pids))
# PROFILE=1: a JFR recording of the measured run only (bench/out/comments/run.jfr)
JCMD="$(dirname "$JAVA")/jcmd"
[ -n "${PROFILE:-}" ] && "$JCMD" "$khabar_pid" JFR.start name=run settings=profile >/dev/null
TIMEFORMAT="wrk CPU: %U s user + %S s system"
time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/comments.lua "http://127.0.0.1:$PORT" -- "$OUT/run.txt" "$ARTICLES" "$THREADS" 2>&1 | tee "$OUT/wrk.log"
khabar_cpu=$(( $(cpu_of $khabar_pid) - khabar_cpu )); pg_cpu=$(( $(cpu_of $(pg_pids)) - pg_cpu ))
[ -n "${PROFILE:-}" ] && "$JCMD" "$khabar_pid" JFR.stop name=run filename="$PWD/$OUT/run.jfr" >/dev/null
sleep 3 # requests still in flight when wrk stopped finish committing
ACKED=$(awk '/^ACKED/ {print $2}' "$OUT/wrk.log")
REFUSED=$(awk '/^REFUSED/ {print $2}' "$OUT/wrk.log")
[ -n "$ACKED" ] || fail "comments: wrk printed no ACKED line: bench/comments.lua did not load"
[ "$ACKED" -gt 0 ] && [ $((REFUSED * 100)) -le "$ACKED" ] || fail "comments: $REFUSED refused beside $ACKED acknowledged: more than 1%, not a measure of accepted comments"
STORED=$(( $(psql_khabar "SELECT COUNT(*) FROM comment_comment") - BEFORE ))
# one statement, one snapshot: the counters and the rows as of the same commit
read -r COUNTED ROWS < <(psql_khabar "SELECT (SELECT SUM(published + pending + rejected) FROM comment_counters), (SELECT COUNT(*) FROM comment_comment)" | tr '|' ' ')
LOST=$(( ACKED > STORED ? ACKED - STORED : 0 ))
# a request still in flight when wrk stops can be stored without wrk seeing its 201: stored >= acknowledged
echo "acknowledged (201): $ACKED   refused: $REFUSED   stored rows: $STORED   lost: $LOST   stored, answer not seen: $((STORED - ACKED + LOST))" | tee "$OUT/summary.txt"
echo "accepted comments/s: $(awk -v a="$ACKED" -v d="$DURATION" 'BEGIN { printf "%.0f", a / d }')" | tee -a "$OUT/summary.txt"
tck=$(getconf CLK_TCK)
echo "CPU over the run: Khabar $((khabar_cpu * 1000 / tck)) ms, PostgreSQL $((pg_cpu * 1000 / tck)) ms;" \
  "per acknowledged comment: Khabar $(awk -v c="$khabar_cpu" -v a="$ACKED" -v t="$tck" 'BEGIN { printf "%.3f", c * 1000 / t / a }') ms," \
  "PostgreSQL $(awk -v c="$pg_cpu" -v a="$ACKED" -v t="$tck" 'BEGIN { printf "%.3f", c * 1000 / t / a }') ms" | tee -a "$OUT/summary.txt"
echo "counters: sum $COUNTED for $ROWS rows ($([ "$COUNTED" = "$ROWS" ] && echo exact || echo MISMATCH))" | tee -a "$OUT/summary.txt"
echo "statuses: $(psql_khabar "SELECT string_agg(status || '=' || n, ' ') FROM (SELECT status, COUNT(*) n FROM comment_comment GROUP BY status) s")" | tee -a "$OUT/summary.txt"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1), $("$PGBIN/postgres" --version)" | tee -a "$OUT/summary.txt"
memory_report "$khabar_pid" "-Xmx$HEAP ${KHABAR_JAVA_OPTS:-}" | tee -a "$OUT/summary.txt"
[ "$LOST" = 0 ] || { echo "LOST COMMENTS"; exit 1; }
