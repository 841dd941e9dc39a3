#!/usr/bin/env bash
# A breaking-news spike (issue 13, point 4): readers on one hot article and the home page while comments arrive on
# that article, a moderator approves them (each approval changes the page) and an editor publishes a correction.
#   bench/spike.sh [seconds]        (needs wrk, nginx, curl and PostgreSQL 15+: apt-get install wrk nginx-light postgresql)
#   COMMENT_RATE=200 APPROVE_RATE=20 CORRECTION_EVERY=10 CONNECTIONS=64
#   NODES=2: two nodes behind nginx with deploy/nginx/khabar.conf (its proxy_cache), readers and comments through nginx
# A private PostgreSQL (bench/lib.sh pg_start) and one Khabar node on it with the demo content. During the run:
#   readers   wrk, $CONNECTIONS connections, alternating the hot article and the home page, as fast as they are served
#   comments  wrk, $COMMENT_RATE/s on the hot article (64 connections held back to that rate), real captchas
#   moderator approves up to $APPROVE_RATE pending comments of that article every second (its JSON approve)
#   editor    a correction note on the article every $CORRECTION_EVERY s (the newsroom's correct form)
#   probe     fetches the article 5 times a second, as a new reader would, to see how stale the page got
# Then nginx serves the same bytes (the two pages as they were at the end) to the same wrk, for the ratio. Printed:
# the readers' req/s, p50/p99 and the ratio, the share of answers served from memory, the staleness of approvals and
# corrections (acknowledged → first seen by the probe), comments acknowledged and stored, counters against rows.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-60}
CONNECTIONS=${CONNECTIONS:-64}
COMMENT_RATE=${COMMENT_RATE:-200}
APPROVE_RATE=${APPROVE_RATE:-20}
CORRECTION_EVERY=${CORRECTION_EVERY:-10}
WARMUP=${WARMUP:-15}
PORT=${PORT:-18095}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18096}
NGINX_PORT=${NGINX_PORT:-18097}
PG_PORT=${PG_PORT:-15435}
HEAP=${HEAP:-512m}
NODES=${NODES:-1}
PORT_B=${PORT_B:-18105}
MANAGEMENT_PORT_B=${MANAGEMENT_PORT_B:-18106}
LB_PORT=${LB_PORT:-18107}
OUT=bench/out/spike
PG=$OUT/pg
DATA=$PWD/$OUT/data
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=target/khabar.jar
BASE="http://127.0.0.1:$PORT"
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)"; exit 1; }; done
rm -rf "$OUT" && mkdir -p "$OUT/www" "$DATA"

background=()
cleanup() {
  for pid in "${background[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_balancer; stop_node_b; stop_khabar; stop_nginx; pg_stop
}
trap cleanup EXIT
pg_init && pg_start && pg_database
[ -f "$JAR" ] && [ -z "${REBUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
export KHABAR_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/khabar" KHABAR_DB_USER=khabar
shared_keys
NODE_ARGS=(--spring.profiles.active=postgres --khabar.demo.enabled=true --khabar.client.trusted-proxies=127.0.0.1
  --khabar.captcha.max-number=1000 --khabar.captcha.expiry=30m --khabar.comment.article-limit=1000000
  --logging.level.root=warn "${KEYS[@]}")
start_khabar "${NODE_ARGS[@]}" --management.server.port=$MANAGEMENT_PORT --khabar.cluster.node-id=node-a
ENTRY=$BASE
MANAGEMENT_PORTS=($MANAGEMENT_PORT)
if [ "$NODES" = 2 ]; then
  start_node_b "${NODE_ARGS[@]}" --management.server.port=$MANAGEMENT_PORT_B
  start_balancer "$LB_PORT"
  ENTRY="http://127.0.0.1:$LB_PORT"
  MANAGEMENT_PORTS+=($MANAGEMENT_PORT_B)
fi

# the hot article: the newest published story (not the live page), at its canonical address
ID=$(psql_khabar "SELECT id FROM article_article WHERE status = 'PUBLISHED' AND kind = 'STORY' ORDER BY published_at DESC LIMIT 1")
ARTICLE=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/news/$ID" | sed "s#^$BASE##")
[ -n "$ARTICLE" ] || fail "article $ID has no canonical address"
check_answer "the hot article" 'class="article' "$BASE$ARTICLE" -H 'Accept-Encoding: gzip'
JARFILE=$OUT/staff.cookies
sign_in_first_admin "$BASE" "$OUT/khabar.log" "$JARFILE"
CSRF=$(csrf_token "$BASE/moderation" "$JARFILE")
[ -n "$CSRF" ] || fail "no CSRF token on the moderation desk"

POOL_SIZE=$(((WARMUP + DURATION + 10) * COMMENT_RATE))
echo "== solving $POOL_SIZE captcha challenges"
"$JAVA" bench/CaptchaPool.java "$BASE" "$POOL_SIZE" "$OUT/pool.txt"

# readers: the hot article and the home page, one after the other on every connection
# (the paths are arguments: nginx serves the same bytes under its own)
cat > "$OUT/readers.lua" <<LUA
local paths
local n = 0
wrk.headers["Accept-Encoding"] = "gzip"
init = function(args) paths = { args[1], args[2] } end
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % 2) + 1])
end
$REPORT_LUA
LUA
readers() { # URL SECONDS OUTPUT [ARTICLE_PATH HOME_PATH]
  wrk -t2 -c"$CONNECTIONS" -d"$2s" --latency -s "$OUT/readers.lua" "$1" -- "${4:-$ARTICLE}" "${5:-/}" > "$3" 2>&1
  grep -q '^REPORT ' "$3" || fail "readers: wrk printed no REPORT line ($(head -3 "$3"))"
  ! grep -q 'non2xx=[1-9]' "$3" || fail "readers: answers that were not 2xx/3xx: $(grep '^REPORT' "$3")"
}
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" "$2"; }
metric() { # NAME [LABEL FILTER]: the sum of a Prometheus sample's values on every node (0 when there is none)
  local port
  for port in "${MANAGEMENT_PORTS[@]}"; do curl -s "http://127.0.0.1:$port/actuator/prometheus"; done \
    | awk -v name="$1" -v labels="${2:-.}" '($1 ~ "^" name "({|$)") && $1 ~ labels { s += $NF } END { printf "%d", s }'
}

echo "== warm-up ($WARMUP s of readers and comments)"
COMMENT_CONNECTIONS=64
WARM_LINES=$((WARMUP * COMMENT_RATE))
head -n "$WARM_LINES" "$OUT/pool.txt" > "$OUT/warm-pool.txt"; tail -n +$((WARM_LINES + 1)) "$OUT/pool.txt" > "$OUT/run-pool.txt"
wrk -t2 -c$COMMENT_CONNECTIONS -d"${WARMUP}s" -s bench/comments.lua "$ENTRY" -- "$OUT/warm-pool.txt" "$ID" 2 "$OUT/warm-acked" "$COMMENT_RATE" > "$OUT/warm-comments.txt" 2>&1 &
warm_comments=$!
readers "$ENTRY" "$WARMUP" "$OUT/warm-readers.txt"
wait $warm_comments
grep -q '^ACKED ' "$OUT/warm-comments.txt" || fail "comments: wrk printed no ACKED line ($(head -3 "$OUT/warm-comments.txt"))"

# the moderator: every second, up to APPROVE_RATE pending comments of the article, approved ten at a time; after each
# round the published count it reached, with the time it was acknowledged
moderator() {
  local end=$((SECONDS + DURATION)) start rows args
  while [ $SECONDS -lt $end ]; do
    start=$(date +%s%N)
    rows=$(psql_khabar "SELECT id || ' ' || version FROM comment_comment WHERE article_id = $ID AND status = 'PENDING' ORDER BY id LIMIT $APPROVE_RATE")
    args=()
    while read -r comment version; do
      [ -n "$comment" ] || continue
      [ ${#args[@]} = 0 ] || args+=(--next)
      args+=(-s -o /dev/null -w '%{http_code}\n' -b "$JARFILE" -H 'Accept: application/json'
        --data "version=$version&_csrf=$CSRF" "$BASE/moderation/comments/$comment/approve")
    done <<<"$rows"
    if [ ${#args[@]} -gt 0 ]; then
      curl -s --parallel --parallel-max 10 "${args[@]}" >> "$OUT/approvals.txt" 2>/dev/null
      echo "$(date +%s%N) $(psql_khabar "SELECT published FROM comment_counters WHERE article_id = $ID")" >> "$OUT/approved-at.txt"
    fi
    sleep "$(awk -v s="$start" -v n="$(date +%s%N)" 'BEGIN { w = 1 - (n - s) / 1e9; printf "%.3f", (w > 0 ? w : 0) }')"
  done
}
# the editor: a numbered correction note every CORRECTION_EVERY s
editor() {
  local end=$((SECONDS + DURATION)) n=0 version status
  while [ $((SECONDS + CORRECTION_EVERY)) -le $end ]; do
    sleep "$CORRECTION_EVERY"
    n=$((n + 1))
    version=$(psql_khabar "SELECT version FROM article_article WHERE id = $ID")
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JARFILE" --data-urlencode "version=$version" \
      --data-urlencode "note=اصلاح سنجش $n در هجوم خوانندگان" --data-urlencode "_csrf=$CSRF" \
      "$BASE/newsroom/articles/$ID/correct")
    echo "$(date +%s%N) $n $status" >> "$OUT/corrected-at.txt"
  done
}
# the probe: what a new reader gets, 5 times a second: the last correction and the published count the page shows
probe() {
  local end=$((SECONDS + DURATION + 3)) page
  while [ $SECONDS -lt $end ]; do
    page=$(curl -s --compressed "$ENTRY$ARTICLE" | sed 'y/۰۱۲۳۴۵۶۷۸۹/0123456789/')
    echo "$(date +%s%N) $(grep -oE 'اصلاح سنجش [0-9]+' <<<"$page" | awk '{ if ($NF > m) m = $NF } END { print m + 0 }') $(grep -oE 'counter-published">[^<]*<strong>[0-9]+' <<<"$page" | grep -oE '[0-9]+$' | head -1)" >> "$OUT/probe.txt"
    sleep 0.2
  done
}

BEFORE_ROWS=$(psql_khabar "SELECT COUNT(*) FROM comment_comment")
HOT_BEFORE=$(metric khabar_pages_hot_served_total)
RENDERED_BEFORE=$(metric cache_gets_total 'cache="web.pages".*result="miss"|result="miss".*cache="web.pages"')
echo "== the spike: $DURATION s"
wrk -t2 -c$COMMENT_CONNECTIONS -d"${DURATION}s" -s bench/comments.lua "$ENTRY" -- "$OUT/run-pool.txt" "$ID" 2 "$OUT/acked" "$COMMENT_RATE" > "$OUT/comments.txt" 2>&1 &
background+=($!)
moderator & background+=($!)
editor & background+=($!)
probe & background+=($!)
[ "$NODES" = 1 ] || : > "$OUT/lb-access.log"
readers "$ENTRY" "$DURATION" "$OUT/readers.txt"
wait "${background[@]}" 2>/dev/null || true
background=()
sleep 2 # comments still in flight when wrk stopped finish committing
HOT=$(( $(metric khabar_pages_hot_served_total) - HOT_BEFORE ))
RENDERED=$(( $(metric cache_gets_total 'cache="web.pages".*result="miss"|result="miss".*cache="web.pages"') - RENDERED_BEFORE ))

READ=$(field requests "$OUT/readers.txt"); RPS=$(field rps "$OUT/readers.txt")
P50=$(field p50 "$OUT/readers.txt"); P99=$(field p99 "$OUT/readers.txt")
ACKED=$(awk '/^ACKED/ {print $2}' "$OUT/comments.txt"); REFUSED=$(awk '/^REFUSED/ {print $2}' "$OUT/comments.txt")
[ -n "$ACKED" ] || fail "comments: wrk printed no ACKED line ($(head -3 "$OUT/comments.txt"))"
STORED=$(( $(psql_khabar "SELECT COUNT(*) FROM comment_comment") - BEFORE_ROWS ))
read -r COUNTED ROWS < <(psql_khabar "SELECT (SELECT SUM(published + pending + rejected) FROM comment_counters), (SELECT COUNT(*) FROM comment_comment)" | tr '|' ' ')
APPROVED=$(grep -c '^200$' "$OUT/approvals.txt" || true); NOT_APPROVED=$(grep -vc '^200$' "$OUT/approvals.txt" || true)
CORRECTIONS=$(wc -l < "$OUT/corrected-at.txt"); CORRECTIONS_REFUSED=$(awk '$3 != 302 && $3 != 303' "$OUT/corrected-at.txt" | wc -l)
PROBES=$(wc -l < "$OUT/probe.txt")

# staleness: for each acknowledged change, the first probe (started after it) that shows it
staleness() { # ACK_FILE ACK_COLUMN PROBE_COLUMN
  awk -v ac="$2" -v pc="$3" 'NR == FNR { t[NR] = $1; v[NR] = $pc; n = NR; next }
    { for (i = 1; i <= n; i++) if (t[i] > $1 && v[i] >= $ac) { printf "%.0f\n", (t[i] - $1) / 1e6; break } }' \
    "$OUT/probe.txt" "$1" | sort -n | awk '{ d[NR] = $1 } END { if (NR == 0) { print "none seen"; exit }
      p = int(NR * 0.99); if (p < 1) p = 1
      printf "%d changes, median %d ms, p99 %d ms, max %d ms", NR, d[int((NR + 1) / 2)], d[p], d[NR] }'
}

# nginx with the same bytes, to the same readers
curl -s -H 'Accept-Encoding: gzip' -o "$OUT/www/article.html.gz" "$BASE$ARTICLE"
curl -s -H 'Accept-Encoding: gzip' -o "$OUT/www/index.html.gz" "$BASE/"
for page in article index; do gzip -dc "$OUT/www/$page.html.gz" > "$OUT/www/$page.html"; done
nginx_conf
nginx -c "$PWD/$OUT/nginx.conf"
NGINX="http://127.0.0.1:$NGINX_PORT"
check_answer "nginx article" 'class="article' "$NGINX/article.html" -H 'Accept-Encoding: gzip'
readers "$NGINX" 5 "$OUT/nginx-warm.txt" /article.html /index.html
readers "$NGINX" "$((DURATION / 3))" "$OUT/nginx.txt" /article.html /index.html
NGINX_RPS=$(field rps "$OUT/nginx.txt")

{
  echo "nodes: $NODES$([ "$NODES" = 2 ] && echo ' behind nginx (deploy/nginx/khabar.conf)')"
  echo "readers (article + home, $CONNECTIONS connections): $RPS req/s, p50 $P50 ms, p99 $P99 ms (p99/p50 $(ratio "$P99" "$P50"), target <= 10)"
  echo "nginx, the same bytes, the same load: $NGINX_RPS req/s, p50 $(field p50 "$OUT/nginx.txt") ms, p99 $(field p99 "$OUT/nginx.txt") ms"
  echo "readers / nginx: $(ratio "$RPS" "$NGINX_RPS") (target >= 0.5)"
  [ "$NODES" = 1 ] || echo "nginx's cache: $(awk '{ n[$1 == "-" ? "none" : $1]++ } END { for (k in n) printf "%s %d  ", k, n[k] }' "$OUT/lb-access.log")"
  echo "answers from Khabar's memory by URL: $HOT of $((READ + PROBES)) ($(awk -v h="$HOT" -v r="$((READ + PROBES))" 'BEGIN { printf "%.1f", 100 * h / r }') %); pages rendered: $RENDERED"
  echo "comments: $ACKED acknowledged ($(awk -v a="$ACKED" -v d="$DURATION" 'BEGIN { printf "%.0f", a / d }')/s), $REFUSED refused, $STORED stored"
  echo "approvals: $APPROVED approved ($(awk -v a="$APPROVED" -v d="$DURATION" 'BEGIN { printf "%.1f", a / d }')/s), $NOT_APPROVED refused; staleness: $(staleness "$OUT/approved-at.txt" 2 3)"
  echo "corrections: $CORRECTIONS published, $CORRECTIONS_REFUSED refused; staleness: $(staleness "$OUT/corrected-at.txt" 2 2)"
  echo "counters: sum $COUNTED for $ROWS rows ($([ "$COUNTED" = "$ROWS" ] && echo exact || echo MISMATCH))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)"
} | tee "$OUT/summary.txt"
[ "$ACKED" -le "$STORED" ] || { echo "LOST COMMENTS: $ACKED acknowledged, $STORED stored"; exit 1; }
[ "$COUNTED" = "$ROWS" ] || exit 1
