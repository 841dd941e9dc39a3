#!/usr/bin/env bash
# Moderation queue page with 50,000 pending comments, on PostgreSQL (issue 3, item 10).
#   bench/moderation-queue.sh [seconds-per-run]   (needs wrk, curl and the distribution's PostgreSQL:
#                                                  apt-get install -y wrk curl postgresql)
# Starts a private PostgreSQL cluster under bench/out (initdb/pg_ctl, a spare port), starts Khabar on it, seeds
# 200 articles in 5 sections and 50,000 pending comments with their queue rows and counters (SQL), logs in as a
# moderator through the real login form (the first-start admin creates the moderator), and runs wrk on
# /moderation (page 1, the default filter), on a text search and on a deep keyset page. Prints p50/p95/p99 (p95
# from a wrk Lua done() callback). SKIP_BUILD=1 reuses target/khabar.jar. HEAP (default 512m) is Khabar's -Xmx; the
# run ends with Khabar's peak RSS. Each URL is checked first (200, the queue marker, its size) and every run after
# (bench/lib.sh): a report line, no non-2xx answer, the mean answer within 10% of the sample's size.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-20}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${PORT:-18193}
PGPORT=${PGPORT:-55433}
PENDING=${PENDING:-50000}
HEAP=${HEAP:-512m}
OUT=$PWD/bench/out/moderation-queue
PGDATA=$OUT/pg
for tool in wrk curl psql; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PGBIN/initdb" ] || { echo "no PostgreSQL binaries (apt-get install -y postgresql)"; exit 1; }
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
rm -rf "$OUT" && mkdir -p "$OUT"

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -ntp -DskipTests package
JAR=target/khabar.jar

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user then
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
mkdir -p "$PGDATA"; [ "$(id -u)" = 0 ] && chown -R postgres "$OUT"
as_pg "'$PGBIN/initdb' -D '$PGDATA' -U postgres -E UTF8 --locale=C.UTF-8 -A trust" > "$OUT/initdb.log"
as_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -l '$OUT/pg.log' -o '-p $PGPORT -k $OUT -c listen_addresses=127.0.0.1 -c shared_buffers=256MB' -w start" > /dev/null
khabar_pid=
cleanup() {
  [ -n "$khabar_pid" ] && { kill "$khabar_pid" 2>/dev/null; wait "$khabar_pid" 2>/dev/null || true; }
  as_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -m fast -w stop" > /dev/null 2>&1 || true
}
[ "${KEEP:-0}" = 1 ] || trap cleanup EXIT
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE khabar"

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use (PORT=... to choose another)"; exit 1; fi
echo "== starting Khabar on PostgreSQL ($PGBIN)"
KHABAR_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/khabar" KHABAR_DB_USER=postgres \
  "$JAVA" -Xmx$HEAP -jar $JAR --spring.profiles.active=postgres --khabar.data-dir="$OUT/data" --server.port=$PORT \
  > "$OUT/khabar.log" 2>&1 &
khabar_pid=$!
for _ in $(seq 1 180); do
  kill -0 "$khabar_pid" 2>/dev/null || { echo "Khabar exited"; tail -30 "$OUT/khabar.log"; exit 1; }
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break; sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" || { echo "Khabar did not start"; tail -50 "$OUT/khabar.log"; exit 1; }

echo "== seeding $PENDING pending comments"
"${PSQL[@]}" -d khabar <<SQL
INSERT INTO article_section (slug, name, position)
  SELECT 'bench-' || s, 'سرویس ' || s, s FROM generate_series(1, 5) s;
INSERT INTO article_article (section_id, title, lead, body_html, slug, status, created_at, updated_at, published_at)
  SELECT (SELECT id FROM article_section WHERE slug = 'bench-' || (1 + a % 5)), 'خبر آزمون بار شمارهٔ ' || a,
    'لید', '<p>متن</p>', 'khabar-' || a, 'PUBLISHED', now(), now(), now() - interval '1 day'
  FROM generate_series(1, 200) a;
INSERT INTO comment_comment (article_id, author_name, body, country_code, status, created_at, client_hash,
    screening_reason)
  SELECT a.id, 'خواننده ' || c, 'نظر شمارهٔ ' || c || ' دربارهٔ این خبر؛ همکاری‌ها و برنامه‌ها ادامه دارد',
    'IR', 'PENDING', now() - (($PENDING - c) || ' seconds')::interval, md5(c::text), 'PREMODERATION'
  FROM generate_series(1, $PENDING) c
  JOIN article_article a ON a.slug = 'khabar-' || (1 + c % 200);
INSERT INTO moderation_review_item (comment_id, article_id, section_id, section_slug, status, reason, search_text,
    created_at)
  SELECT c.id, c.article_id, a.section_id, s.slug, 'PENDING', 'PREMODERATION',
    replace(replace(replace(c.body, ' ', ''), chr(8204), ''), chr(1620), '') || ' خواننده', c.created_at
  FROM comment_comment c JOIN article_article a ON a.id = c.article_id JOIN article_section s ON s.id = a.section_id;
INSERT INTO comment_counters (article_id, published, pending, rejected, version)
  SELECT article_id, 0, count(*), 0, 1 FROM comment_comment GROUP BY article_id;
ANALYZE;
SQL
"${PSQL[@]}" -d khabar -Atc "SELECT 'pending queue rows: ' || count(*) FROM moderation_review_item WHERE status = 'PENDING'"

# Form login with CSRF; the first login of a one-time password must choose a new one first
BASE="http://127.0.0.1:$PORT"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login() { # jar user password
  local token
  token=$(curl -sf -c "$1" -b "$1" "$BASE/login" | csrf)
  curl -sf -o /dev/null -c "$1" -b "$1" --data-urlencode "username=$2" --data-urlencode "password=$3" \
    --data-urlencode "_csrf=$token" "$BASE/login"
}
new_password() { # jar old new
  local token
  token=$(curl -sf -c "$1" -b "$1" "$BASE/account/password" | csrf)
  curl -sf -o /dev/null -c "$1" -b "$1" --data-urlencode "currentPassword=$2" --data-urlencode "newPassword=$3" \
    --data-urlencode "confirmPassword=$3" --data-urlencode "_csrf=$token" "$BASE/account/password"
}
ADMIN_OTP=$(grep -m1 'One-time password:' "$OUT/khabar.log" | awk '{print $NF}')
login "$OUT/admin.jar" admin "$ADMIN_OTP"
new_password "$OUT/admin.jar" "$ADMIN_OTP" 'queue-bench-passphrase-1'
token=$(curl -sf -b "$OUT/admin.jar" "$BASE/admin/accounts" | csrf)
curl -sf -o /dev/null -b "$OUT/admin.jar" --data-urlencode "username=bench.moderator" \
  --data-urlencode "displayName=ناظر آزمون بار" --data-urlencode "password=bench-one-time-1" \
  --data-urlencode "roles=MODERATOR" --data-urlencode "_csrf=$token" "$BASE/admin/accounts"
login "$OUT/moderator.jar" bench.moderator bench-one-time-1
new_password "$OUT/moderator.jar" bench-one-time-1 'desk-bench-passphrase-2'
# the session cookie is SESSION (Spring Session JDBC); JSESSIONID before it
COOKIE=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$OUT/moderator.jar" | tail -1)
status=$(curl -s -o "$OUT/queue.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/moderation")
grep -q 'data-moderation-queue' "$OUT/queue.html" && [ "$status" = 200 ] || { echo "not logged in as a moderator ($status)"; exit 1; }
echo "logged in as bench.moderator; page 1 shows $(grep -c 'class="mod-item"' "$OUT/queue.html") comments"
DEEP=$(grep -o 'href="/moderation?after=[^"]*"' "$OUT/queue.html" | head -1 | sed 's/.*after=//; s/"$//')

report_script "$OUT/report.lua"
measure() { # name url
  check_answer "$1" 'data-moderation-queue' "$2" -H "Cookie: $COOKIE"
  local expected=$ANSWER_BYTES
  wrk -t2 -c"$CONNECTIONS" -d"$((DURATION / 2))s" -H "Cookie: $COOKIE" "$2" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H "Cookie: $COOKIE" -s "$OUT/report.lua" "$2" > "$OUT/run.txt" 2>&1
  check_report "$1" "$OUT/run.txt" $((expected * 90 / 100)) $((expected * 110 / 100)) > /dev/null
  local line
  line=$(grep '^REPORT' "$OUT/run.txt")
  printf '%-36s %s\n' "$1" "${line#REPORT }"
}
# The text search as the desk sends it (ReviewItems: status, folded LIKE, queue order, keyset LIMIT), planned for
# these values and as the generic plan a prepared statement ends up with after five runs (PgJDBC prepares them)
echo "== plans of the text search (the page and its capped count)"
"${PSQL[@]}" -d khabar <<'SQL'
\pset pager off
PREPARE queue_page(text, text, int) AS SELECT comment_id, article_id, section_slug, status, reason, reason_detail,
  created_at FROM moderation_review_item WHERE status = $1 AND search_text LIKE $2 ESCAPE '\'
  ORDER BY created_at, comment_id LIMIT $3;
PREPARE queue_count(text, text, int) AS SELECT COUNT(*) FROM (SELECT 1 FROM moderation_review_item
  WHERE status = $1 AND search_text LIKE $2 ESCAPE '\' LIMIT $3) capped;
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE queue_page('PENDING', '%شماره49999%', 51);
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE queue_count('PENDING', '%شماره49999%', 1001);
SET plan_cache_mode = force_generic_plan;
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE queue_page('PENDING', '%شماره49999%', 51);
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE queue_count('PENDING', '%شماره49999%', 1001);
SQL
echo "== wrk: $CONNECTIONS connections, ${DURATION}s per run, $(nproc) cores"
measure "queue page 1 (50 oldest pending)" "$BASE/moderation"
measure "queue text search (folded)" "$BASE/moderation?q=%D8%B4%D9%85%D8%A7%D8%B1%D9%87%D9%94%2049999"
measure "queue page 2 (keyset)" "$BASE/moderation?after=$DEEP"
measure "queue filtered by section" "$BASE/moderation?section=$("${PSQL[@]}" -d khabar -Atc "SELECT id FROM article_section WHERE slug = 'bench-3'")"
memory_report "$khabar_pid" "-Xmx$HEAP"
