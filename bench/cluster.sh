#!/usr/bin/env bash
# Fault test (issue 13, point 3): two Khabar nodes on one PostgreSQL behind nginx (deploy/nginx/khabar.conf), and what
# readers and commenters see when a node or the database dies.
#   bench/cluster.sh          (needs wrk, nginx, curl and PostgreSQL 15+ server binaries:
#                              apt-get install wrk nginx-light curl postgresql)
# Starts a private PostgreSQL (default durability), node A on $PORT_A (first start: demo content, the first admin) and
# node B on $PORT_B with the postgres profile, the same keys and nginx on $NGINX_PORT with deploy/nginx/khabar.conf
# (only its addresses, listen port and cache folder replaced), then measures:
#   staleness  an article published and then retracted on A, B polled until it shows the change ($TRIALS each)
#   (a)        a read load through nginx; B killed with kill -9 at 10 s: the readers' errors and how long they last,
#              each node's answers per second (nginx's access log: status, upstream, time of each answer)
#   (b)        a headline published on A while B is dead; B restarted: the time to ready and until B's search and
#              article page have the headline
#   (c)        three comment bursts through nginx, a node killed with kill -9 in each (B, A, B) and restarted
#   (d)        a comment burst while PostgreSQL's postmaster is killed with kill -9 and started again 8 s later:
#              what the nodes answer meanwhile (503 with the Persian message and Retry-After, never 500, and how
#              long an answer took at most) and how soon each takes comments again
# then that every acknowledged comment (a 201 with its id, in (c) and (d)) is stored and the counters equal the rows.
# Every process it starts is stopped on exit (trap), also on failure; the whole run takes about 7 minutes on 2 shared
# cores (AOT=0, nodes started without the AOT cache: 10-15 minutes when the machine is busy).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT_A=${PORT_A:-18100}
PORT_B=${PORT_B:-18101}
NGINX_PORT=${NGINX_PORT:-18180}
PG_PORT=${PG_PORT:-18132}
HEAP=${HEAP:-384m}
TRIALS=${TRIALS:-25}                 # staleness: publishes and as many retractions
READ_SECONDS=${READ_SECONDS:-30}     # (a): B dies after 10 s
BURST_SECONDS=${BURST_SECONDS:-8}    # (c): a node dies 3 s into each burst
OUTAGE_SECONDS=${OUTAGE_SECONDS:-8}  # (d): how long PostgreSQL stays down
CONNECTIONS=${CONNECTIONS:-32}
OUT=bench/out/cluster
WORK=${WORK:-/tmp/cluster-data}      # data dirs of the nodes, PostgreSQL and nginx's cache
PG=$WORK/pg
JAR=$WORK/khabar.jar   # a copy: a build meanwhile does not pull it from under the nodes
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
for tool in wrk nginx curl runuser; do command -v $tool >/dev/null || fail "missing $tool (apt-get install wrk nginx-light curl)"; done
[ -z "$(ls "$WORK/nginx.pid" 2>/dev/null)" ] || nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true   # an interrupted run
rm -rf "$OUT" "$WORK" && mkdir -p "$OUT" "$WORK/cache"
[ -f target/khabar.jar ] && [ -z "${REBUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
cp target/khabar.jar "$JAR"
# The nodes start from a JDK AOT cache trained first (deploy/aot.sh): the run starts a node six times, and on a busy
# machine a plain start takes a minute or more (AOT=0: without it)
JAVA_OPTS=()
if [ "${AOT:-1}" != 0 ]; then
  JAVA="$JAVA" deploy/aot.sh "$JAR" "$WORK/aot" >/dev/null
  JAR=$WORK/aot/khabar.jar; JAVA_OPTS=(-XX:AOTCache="$WORK/aot/khabar.aot")
fi

declare -A NODE_PID=() NODE_PORT=([a]=$PORT_A [b]=$PORT_B)
load_pids=()
cleanup() {
  local pid
  for pid in "${load_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODE_PID[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODE_PID[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
  pg_stop
}
trap cleanup EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }
shared_keys

echo "== PostgreSQL on $PG_PORT"
pg_init && pg_start
"$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U khabar -d postgres -qc "CREATE DATABASE khabar" >/dev/null

# start_node NAME: starts node NAME (its log appended to $OUT/node-NAME.log); wait_ready NAME waits for its /readyz
start_node() {
  KHABAR_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/khabar" KHABAR_DB_USER=khabar KHABAR_DB_POOL=16 \
    nice "$JAVA" -Xmx$HEAP "${JAVA_OPTS[@]}" -jar "$JAR" --spring.profiles.active=postgres --khabar.demo.enabled=true \
    --server.port="${NODE_PORT[$1]}" --management.server.port=0 --khabar.data-dir="$WORK/node-$1" \
    --khabar.cluster.node-id="node-$1" --khabar.client.trusted-proxies=127.0.0.1 "${KEYS[@]}" \
    --khabar.captcha.max-number=1000 --khabar.captcha.expiry=30m --khabar.comment.article-limit=1000000 \
    >> "$OUT/node-$1.log" 2>&1 &
  NODE_PID[$1]=$!
}
wait_ready() {
  for _ in $(seq 1 1800); do
    curl -sf -o /dev/null "http://127.0.0.1:${NODE_PORT[$1]}/readyz" && return
    kill -0 "${NODE_PID[$1]}" 2>/dev/null || { tail -30 "$OUT/node-$1.log"; fail "node $1 died while starting"; }
    sleep 0.1
  done
  tail -30 "$OUT/node-$1.log"; fail "node $1 was not ready within 180 s"
}
kill_node() { kill -9 "${NODE_PID[$1]}"; wait "${NODE_PID[$1]}" 2>/dev/null || true; }

echo "== node A (first start: migrations, demo content), then node B"
start_node a; wait_ready a
start_node b; wait_ready b
A="http://127.0.0.1:$PORT_A"; B="http://127.0.0.1:$PORT_B"; LB="http://127.0.0.1:$NGINX_PORT"

# nginx: the operator's file with this machine's addresses, port and cache folder; the rest of it as shipped
sed -e "s|server 10.0.0.11:8080|server 127.0.0.1:$PORT_A|; s|server 10.0.0.12:8080|server 127.0.0.1:$PORT_B|" \
  -e "s|listen 80;|listen 127.0.0.1:$NGINX_PORT;|; s|/var/cache/nginx/khabar|$WORK/cache|" \
  deploy/nginx/khabar.conf > "$WORK/khabar.conf"
grep -q "127.0.0.1:$PORT_B" "$WORK/khabar.conf" && grep -q "$WORK/cache" "$WORK/khabar.conf" \
  || fail "deploy/nginx/khabar.conf no longer has the lines this script replaces"
cat > "$WORK/nginx.conf" <<CONF
$([ "$(id -u)" = 0 ] && echo 'user root;')
worker_processes 2;
pid $WORK/nginx.pid;
error_log $PWD/$OUT/nginx-error.log warn;
events { worker_connections 4096; }
http {
  # one line per answer: when it was sent, its status and method, the cache's part, and the node(s) tried ("a, b")
  log_format cluster '\$msec \$status \$request_method \$upstream_cache_status \$request_time \$upstream_addr';
  access_log $PWD/$OUT/access.log cluster;
  include $WORK/khabar.conf;
}
CONF
nginx -t -c "$WORK/nginx.conf" 2>"$OUT/nginx-test.log" || { cat "$OUT/nginx-test.log"; fail "nginx refused the configuration"; }
nginx -c "$WORK/nginx.conf"
check_answer "nginx home" 'lang="fa"' "$LB/"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: 203.0.113.9" "$LB/")" = 200 ] || fail "nginx does not pass the home page"

sign_in_first_admin "$A" "$OUT/node-a.log" "$OUT/staff"
psql_khabar "SELECT id || ' ' || slug FROM article_article WHERE status = 'PUBLISHED' ORDER BY id" > "$OUT/articles.txt"
[ -s "$OUT/articles.txt" ] || fail "no published demo article"
# the comment bursts go to the articles that take comments (one demo article has them closed)
ARTICLES=$(psql_khabar "SELECT string_agg(id::text, ',') FROM article_article WHERE status = 'PUBLISHED' AND comments_open")

{ echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1), $("$PGBIN/postgres" --version), $(nginx -v 2>&1)"
  echo "nodes: -Xmx$HEAP ${JAVA_OPTS[*]}, pool 16, Hikari connection-timeout 3 s (postgres profile); $(wc -l < "$OUT/articles.txt") demo articles"; } | tee "$OUT/summary.txt"

echo "== staleness: $TRIALS publishes and $TRIALS retractions on A, B polled until it shows each"
# poll_b ID STATUS START_MS: B's answer for the article until it is STATUS (301: found, on a wrong slug; 410:
# retracted); prints the milliseconds from START_MS
poll_b() {
  local deadline=$(( $(now_ms) + 10000 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$B/news/$1/x")" = "$2" ]; do
    [ "$(now_ms)" -lt "$deadline" ] || { echo 10000; return; }
  done
  echo $(( $(now_ms) - $3 ))
}
for n in $(seq 1 "$TRIALS"); do
  id=$(publish_article "$A" "$OUT/staff" "آزمایش همگامی شمارهٔ $n")
  start=$(now_ms)
  poll_b "$id" 301 "$start" >> "$OUT/stale-publish.txt"
  retract_article "$A" "$OUT/staff" "$id"; start=$(now_ms)
  poll_b "$id" 410 "$start" >> "$OUT/stale-retract.txt"
done
cat "$OUT/stale-publish.txt" "$OUT/stale-retract.txt" | sort -n | awk '{a[NR]=$1} END {
  printf "staleness A -> B: %d changes, median %d ms, p99 %d ms, max %d ms (target p99 <= 1000 ms)\n", NR, a[int((NR+1)/2)], a[int(NR*0.99+0.99)], a[NR] }' \
  | tee -a "$OUT/summary.txt"
grep -qx 10000 "$OUT/stale-publish.txt" "$OUT/stale-retract.txt" && echo "  (10000 ms: B had not shown the change after 10 s)"

echo "== (a) reads through nginx for $READ_SECONDS s; node B killed with kill -9 after 10 s"
# a reader's mix: the home page, section fronts, articles (cached by nginx), and as many requests that nginx cannot
# answer from its cache (a query string of their own) so both nodes keep working
# each article's canonical path as the node writes it (the slug %-encoded), from its redirect of a wrong slug
while read -r id _; do curl -s -o /dev/null -w '%{redirect_url}\n' "$A/news/$id/x"; done < "$OUT/articles.txt" \
  | sed -E 's#^https?://[^/]+##' | grep '^/news/' > "$OUT/paths.txt" || fail "no article path for the read load"
printf '/\n/rss\n' >> "$OUT/paths.txt"
# warm-up first: the JIT compiles the read path of both nodes before anything is measured
printf '%s\n' "$(cat bench/cluster-read.lua)" "$REPORT_LUA" > "$OUT/read.lua"
wrk -t2 -c"$CONNECTIONS" -d10s --timeout 10s -s "$OUT/read.lua" "$LB" -- "$OUT/paths.txt" > /dev/null 2>&1
: > "$OUT/access.log"; nginx -c "$WORK/nginx.conf" -s reopen
wrk -t2 -c"$CONNECTIONS" -d"${READ_SECONDS}s" --timeout 10s -s "$OUT/read.lua" "$LB" -- "$OUT/paths.txt" > "$OUT/read.log" 2>&1 &
load_pids+=($!); read_pid=$!
sleep 10
kill_at=$(date +%s.%N); kill_node b
echo "  killed B at $(date -u +%T)"
wait "$read_pid"
grep -q '^REPORT ' "$OUT/read.log" || fail "(a): wrk printed no REPORT line: the load script did not load ($(head -3 "$OUT/read.log"))"
awk -v k="$kill_at" -v a="127.0.0.1:$PORT_A" -v b="127.0.0.1:$PORT_B" '
  $3 != "GET" { next }
  { t = $1 - k; last = $NF
    if (t < -2 && t >= -8) { before++; if (last == a) beforeA++ }
    if (t >= 2 && t < 8) { after++; if (last == a) afterA++ }
    if (t >= 0) { total++; if ($2 >= 500) { errors++; if (t > lastError) lastError = t } if (NF > 6) retried++ } }
  END {
    printf "(a) after the kill: %d reads, %d errors (%.3f%%), the last %.2f s after the kill; %d retried on the other node\n",
      total, errors, total ? errors * 100 / total : 0, lastError, retried
    printf "(a) answers/s through nginx: %.0f before (A served %.0f/s), %.0f after (A served %.0f/s, B none)\n",
      before / 6, beforeA / 6, after / 6, afterA / 6 }' "$OUT/access.log" | tee -a "$OUT/summary.txt"
awk '$3 == "GET" { n++; if ($4 == "HIT" || $4 == "STALE" || $4 == "UPDATING" || $4 == "REVALIDATED") h++ } END {
  printf "(a) share of reads nginx answered from its cache: %.0f%%\n", h * 100 / n }' "$OUT/access.log" | tee -a "$OUT/summary.txt"
sed -n 's/^REPORT /(a) wrk: /p' "$OUT/read.log" | tee -a "$OUT/summary.txt"

echo "== (b) a headline published on A while B is down; B restarted"
# a word no other article has: the second of the day in Persian letters
letters=(ا ب پ ت ث ج چ ح خ د); word=همگام
for digit in $(date +%s | grep -o .); do word+=${letters[$digit]}; done
headline_id=$(publish_article "$A" "$OUT/staff" "سرخط $word در غیاب گره دوم")
restart=$(now_ms); start_node b; wait_ready b; ready=$(now_ms)
found=""
for _ in $(seq 1 300); do
  if curl -s -G --data-urlencode "q=$word" "$B/search" | grep -q "/news/$headline_id/" \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$B/news/$headline_id/x")" = 301 ]; then found=$(now_ms); break; fi
  sleep 0.1
done
[ -n "$found" ] || fail "(b): B's search did not find the headline within 30 s of being ready"
echo "(b) B restarted: ready after $(( (ready - restart) )) ms; its search and article page had the headline $(( found - restart )) ms after the restart ($(( found - ready )) ms after ready)" \
  | tee -a "$OUT/summary.txt"

echo "== solving captcha challenges for (c) and (d)"
POOL_SIZE=${POOL_SIZE:-40000}
"$JAVA" bench/CaptchaPool.java "$A" "$POOL_SIZE" "$OUT/pool.txt"
# each burst and the probes take their own part of the pool: a solution is used once
split -n "l/5" -d "$OUT/pool.txt" "$OUT/pool-"

# burst NAME POOL SECONDS: comments through nginx, each 201's id written to $OUT/acked-NAME.*
burst() {
  wrk -t2 -c"$CONNECTIONS" -d"${3}s" --timeout 10s -s bench/comments.lua "$LB" -- "$2" "$ARTICLES" 2 "$OUT/acked-$1" \
    > "$OUT/burst-$1.log" 2>&1
}

echo "== (c) three comment bursts of $BURST_SECONDS s through nginx; a node killed with kill -9 3 s into each"
round=0
for victim in b a b; do
  round=$((round + 1))
  burst "c$round" "$OUT/pool-0$((round - 1))" "$BURST_SECONDS" & load_pids+=($!); burst_pid=$!
  sleep 3; kill_node "$victim"
  wait "$burst_pid"
  start_node "$victim"; wait_ready "$victim"
  echo "(c) round $round: node $(tr a-z A-Z <<<"$victim") killed; $(awk '/^ACKED/ {a=$2} /^REFUSED/ {r=$2} END {printf "%d acknowledged, %d not (502 for those in flight on the dead node, or refused)", a, r}' "$OUT/burst-c$round.log")" \
    | tee -a "$OUT/summary.txt"
done

echo "== (d) a comment burst through nginx; PostgreSQL's postmaster killed with kill -9, started again after $OUTAGE_SECONDS s"
# probe NAME BASE POOL: one comment a tenth of a second straight to a node, with the time and status of each answer
probe() {
  local n=0 line
  while read -r line; do
    n=$((n + 1))
    curl -s -o "$OUT/probe-$1.body" -D "$OUT/probe-$1.head" --max-time 15 -w "$(now_ms) %{http_code} %{time_total}\n" \
      -H 'Content-Type: application/json' -H 'Accept: application/json' -H "X-Forwarded-For: 10.254.$((n / 250)).$((n % 250))" \
      --data "{\"name\":\"کاوشگر\",\"text\":\"نظر کاوشگر شمارهٔ $n دربارهٔ این خبر.\",\"parentId\":null,\"altcha\":\"$line\"}" \
      "$2/api/v1/articles/${ARTICLES%%,*}/comments" >> "$OUT/probe-$1.txt" || echo "$(now_ms) 000 15" >> "$OUT/probe-$1.txt"
    if grep -q '^HTTP/1.1 201' "$OUT/probe-$1.head"; then grep -oE '"id":[0-9]+' "$OUT/probe-$1.body" | head -1 | grep -oE '[0-9]+' >> "$OUT/acked-probe-$1"; fi
    if grep -q '^HTTP/1.1 503' "$OUT/probe-$1.head" && [ ! -f "$OUT/probe-$1.503" ]; then cp "$OUT/probe-$1.body" "$OUT/probe-$1.503"; cp "$OUT/probe-$1.head" "$OUT/probe-$1.503.head"; fi
    sleep 0.1
  done
}
head -n 2000 "$OUT/pool-04" > "$OUT/probe-a.pool"; sed -n '2001,4000p' "$OUT/pool-04" > "$OUT/probe-b.pool"
# and a reader of one article page straight on A, five times a second (the page is in A's memory)
read_probe() {
  while true; do
    curl -s -o /dev/null --max-time 15 -w "$(now_ms) %{http_code} %{time_total}\n" "$A$(head -1 "$OUT/paths.txt")" >> "$OUT/probe-read.txt" || true
    sleep 0.2
  done
}
read_probe & load_pids+=($!); probe_read=$!
probe a "$A" < "$OUT/probe-a.pool" & load_pids+=($!); probe_a=$!
probe b "$B" < "$OUT/probe-b.pool" & load_pids+=($!); probe_b=$!
burst d "$OUT/pool-03" $((OUTAGE_SECONDS + 22)) & load_pids+=($!); burst_pid=$!
sleep 5
pg_down=$(now_ms); kill -9 "$(pg_postmaster)"
sleep "$OUTAGE_SECONDS"
pg_start; pg_up=$(now_ms)
echo "  PostgreSQL down for $((pg_up - pg_down)) ms (crash recovery included)"
wait "$burst_pid"
sleep 3; kill "$probe_a" "$probe_b" "$probe_read" 2>/dev/null || true
for node in a b; do
  awk -v down="$pg_down" -v up="$pg_up" -v node="$(tr a-z A-Z <<<"$node")" '
    $1 >= down { s[$2]++; if ($3 > slowest) slowest = $3 }
    $1 >= up && $2 == 201 && !back { back = $1 - up }
    END { line = ""; for (k in s) line = line " " k "x" s[k]
      printf "(d) node %s from the kill on:%s (statuses); slowest answer %.1f s; first 201 %.1f s after PostgreSQL was back\n",
        node, line, slowest, back / 1000 }' "$OUT/probe-$node.txt" | tee -a "$OUT/summary.txt"
done
awk -v down="$pg_down" '$1 >= down { s[$2]++; if ($3 > slowest) slowest = $3 } END { line = ""; for (k in s) line = line " " k "x" s[k]
  printf "(d) an article page on A from the kill on:%s (statuses); slowest answer %.1f s\n", line, slowest }' "$OUT/probe-read.txt" | tee -a "$OUT/summary.txt"
if [ -f "$OUT/probe-a.503" ]; then
  echo "(d) a 503 meanwhile: Retry-After $(awk 'tolower($1)=="retry-after:" {print $2}' "$OUT/probe-a.503.head" | tr -d '\r') s, $(cat "$OUT/probe-a.503")" | tee -a "$OUT/summary.txt"
else
  echo "(d) node A answered no 503 during the outage" | tee -a "$OUT/summary.txt"
fi
awk -v down="$((pg_down / 1000)).$(printf %03d $((pg_down % 1000)))" '$1 >= down && $3 == "POST" { s[$2]++ } END { line = ""; for (k in s) line = line " " k "x" s[k]; print "(d) the burst through nginx from the kill on:" line }' \
  "$OUT/access.log" | tee -a "$OUT/summary.txt"
echo "(d) burst: $(awk '/^ACKED/ {a=$2} /^REFUSED/ {r=$2} END {printf "%d acknowledged, %d not", a, r}' "$OUT/burst-d.log")" | tee -a "$OUT/summary.txt"
grep -c 'Database unavailable: answering 503' "$OUT/node-a.log" "$OUT/node-b.log" | sed 's/^/(d) outage lines in the log: /' | tee -a "$OUT/summary.txt"
grep -h 'Incident ' "$OUT/node-a.log" "$OUT/node-b.log" | head -3 > "$OUT/incidents.txt" || true

echo "== every acknowledged comment stored, counters equal to rows"
cat "$OUT"/acked-* | sort -u > "$OUT/acked.txt"
psql_khabar "SELECT id FROM comment_comment" | sort -u > "$OUT/stored.txt"
LOST=$(comm -23 "$OUT/acked.txt" "$OUT/stored.txt" | wc -l)
read -r COUNTED ROWS < <(psql_khabar "SELECT (SELECT SUM(published + pending + rejected) FROM comment_counters), (SELECT COUNT(*) FROM comment_comment)" | tr '|' ' ')
echo "acknowledged comments (c)+(d): $(wc -l < "$OUT/acked.txt"), lost: $LOST; counters: sum $COUNTED for $ROWS rows ($([ "$COUNTED" = "$ROWS" ] && echo exact || echo MISMATCH))" \
  | tee -a "$OUT/summary.txt"
echo "500s: $(cat "$OUT"/probe-*.txt | awk '$2 == 500' | wc -l) answered to the probes, $(awk '$2 == 500' "$OUT/access.log" | wc -l) by nginx; incidents logged by the nodes: $(cat "$OUT/node-a.log" "$OUT/node-b.log" | grep -c 'Incident ' || true)" \
  | tee -a "$OUT/summary.txt"
[ "$LOST" = 0 ] && [ "$COUNTED" = "$ROWS" ] || { echo "LOST COMMENTS OR WRONG COUNTERS"; exit 1; }
