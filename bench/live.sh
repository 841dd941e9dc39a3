#!/usr/bin/env bash
# Live coverage under a spike: readers polling a live page's update check while an editor publishes.
#   bench/live.sh [seconds-per-run]     (needs wrk, nginx and curl: apt-get install wrk nginx-light curl)
#   READERS=5000 SPIKE_SECONDS=60 for (c); NODES=2 adds (d): the same readers through nginx in front of two nodes on
#   PostgreSQL (apt-get install postgresql), entries published on one node
# Starts Khabar on a fresh embedded H2 with the demo content (its live page leads the home page), then prints req/s and
# p50/p99 for (a) the update check answered 304 (what a polling reader mostly gets), next to nginx answering a 304 for
# a static file; (b) the live page itself; (c) $READERS readers each checking every 10 s (500 checks/s for 5,000)
# while the page is loaded as fast as it is served and an entry is published every 5 s (as the admin that the
# fresh start creates), with the time from each publish to the update check offering it (a polling reader then sees
# it at its next check, within 10 s).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
CONNECTIONS=${CONNECTIONS:-64}
READERS=${READERS:-5000}            # (c): readers polling every 10 s, 500 checks/s
SPIKE_SECONDS=${SPIKE_SECONDS:-60}  # (c): long enough for a dozen publishes
PORT=${PORT:-18080}
HEAP=${HEAP:-512m}
NGINX_PORT=${NGINX_PORT:-18081}
NODES=${NODES:-1}                   # 2: then (d), two nodes on PostgreSQL behind nginx
PORT_B=${PORT_B:-18082}
LB_PORT=${LB_PORT:-18083}
PG_PORT=${PG_PORT:-15436}
OUT=bench/out/live
PG=$OUT/pg
DATA=$PWD/$OUT/data
pkill -f "nginx -c $PWD/$OUT/nginx.conf" 2>/dev/null || true   # a run that was interrupted
rm -rf "$OUT" && mkdir -p "$OUT/www" "$DATA"
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)"; exit 1; }; done

./mvnw -q -B -ntp -DskipTests package
JAR=target/khabar.jar
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
BASE="http://127.0.0.1:$PORT"
trap 'kill ${publisher_pid:-} 2>/dev/null || true; stop_balancer; stop_node_b; stop_khabar; stop_nginx; pg_stop' EXIT

start_khabar --khabar.demo.enabled=true --management.server.port=0
curl -s -o "$OUT/home.html" "$BASE/"
PAGE=$(grep -m1 -oE 'href="/news/[0-9]+/[^"]+"' "$OUT/home.html" | sed 's/href="//; s/"$//')
ID=$(sed -E 's#^/news/([0-9]+)/.*#\1#' <<<"$PAGE")
check_answer "the home page's first story (the live page)" 'class="live"' "$BASE$PAGE"
LATEST=$(curl -s "$BASE/live/$ID/updates?after=0" | sed -E 's/^\{"latest":([0-9]+).*/\1/')
CHECK="$BASE/live/$ID/updates?after=$LATEST"
ETAG=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$CHECK" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' -H "If-None-Match: $ETAG" "$CHECK")" = 304 ] \
  || fail "the update check does not answer 304 to its own ETag"

# wrk with the reader's If-None-Match: every answer a 304
cat > "$OUT/check.lua" <<LUA
wrk.headers["If-None-Match"] = '$ETAG'
wrk.headers["Accept-Encoding"] = "gzip"
$REPORT_LUA
LUA
run() { # NAME URL SCRIPT
  local result
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$3" "$2" 2>&1)
  printf '%-40s %10s req/s   p50 %8s   p99 %8s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$result")" \
    "$(awk '$1=="50%" {print $2}' <<<"$result")" "$(awk '$1=="99%" {print $2}' <<<"$result")" | tee -a "$OUT/summary.txt"
  awk '/Requests\/sec/ {print $2}' <<<"$result" > "$OUT/last.rps"
}

echo "== (a) update checks, 304"
# warm up: the JIT compiles the hot path before anything is measured
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-10}s" -s "$OUT/check.lua" "$CHECK" > /dev/null
run "khabar update check (304)" "$CHECK" "$OUT/check.lua"
khabar_rps=$(cat "$OUT/last.rps")
curl -s -o "$OUT/www/check.json" "$CHECK"
nginx_conf
nginx -c "$PWD/$OUT/nginx.conf"
NGINX_ETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:$NGINX_PORT/check.json" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
sed "s|$ETAG|$NGINX_ETAG|" "$OUT/check.lua" > "$OUT/nginx-check.lua"
run "nginx static file (304)" "http://127.0.0.1:$NGINX_PORT/check.json" "$OUT/nginx-check.lua"
echo "update checks / nginx 304: $(ratio "$khabar_rps" "$(cat "$OUT/last.rps")") (target >= 0.70)" | tee -a "$OUT/summary.txt"
stop_nginx

echo "== (b) the live page"
report_script "$OUT/report.lua"
printf 'wrk.headers["Accept-Encoding"] = "gzip"\n' | cat - "$OUT/report.lua" > "$OUT/page.lua"
run "khabar live page" "$BASE$PAGE" "$OUT/page.lua"

echo "== (c) $READERS readers polling every 10 s, and the page, while an entry is published every 5 s"
# each connection is a reader: a first check at a random moment of the first 10 s, then one every 9-11 s, with the
# ETag it had (after the first publish it gets the new entries, as a reader who has not clicked yet does)
cat > "$OUT/readers.lua" <<LUA
wrk.headers["If-None-Match"] = '$ETAG'
wrk.headers["Accept-Encoding"] = "gzip"
local started = 0
delay = function()
  started = started + 1
  if started <= $READERS then return math.random(0, 10000) end
  return math.random(9000, 11000)
end
$REPORT_LUA
LUA
# publish: signs in as the first admin and publishes an entry every 5 s, timing each from the POST until the
# update check offers it
publish() { # [CHECKED_AT]: where the update check is asked (default: the node that publishes)
  local jar=$OUT/cookies n=0 before start checked=${1:-$BASE}
  while true; do
    n=$((n + 1))
    before=$(curl -s "$BASE/live/$ID/updates?after=0" | sed -E 's/^\{"latest":([0-9]+).*/\1/')
    start=$(date +%s%N)
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$(csrf_token "$BASE/newsroom/live/$ID" "$jar")" \
      --data-urlencode "body=به‌روزرسانی آزمایشی $n" "$BASE/newsroom/live/$ID/entries"
    until [ "$(curl -s "$checked/live/$ID/updates?after=$before" | sed -E 's/.*"count":([0-9]+).*/\1/')" -gt 0 ]; do
      [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 30 ] || { echo "entry $n not offered within 30 s" >&2; break; }
      sleep 0.05
    done
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$OUT/publish-ms.txt"
    sleep 5
  done
}
sign_in_first_admin "$BASE" "$OUT/khabar.log" "$OUT/cookies"
publish & publisher_pid=$!
DURATION=$SPIKE_SECONDS CONNECTIONS=$READERS run "khabar $READERS readers' update checks" "$CHECK" "$OUT/readers.lua" &
checks=$!
DURATION=$SPIKE_SECONDS run "khabar live page meanwhile" "$BASE$PAGE" "$OUT/page.lua"
wait $checks
kill "$publisher_pid" 2>/dev/null || true
[ -s "$OUT/publish-ms.txt" ] || fail "no entry was published during (c)"
offered() { # LABEL TARGET_MS
  sort -n "$OUT/publish-ms.txt" | awk -v label="$1" -v target="$2" '{a[NR]=$1} END { printf "publish -> offered %s: %d publishes, median %d ms, p99 %d ms, max %d ms (target p99 <= %d ms)\n", label, NR, a[int((NR+1)/2)], a[int(NR*0.99+0.99)], a[NR], target }' \
    | tee -a "$OUT/summary.txt"
}
offered "by the update check" 2000
memory_report "$khabar_pid" "-Xmx$HEAP"
[ "$NODES" = 2 ] || exit 0

echo "== (d) two nodes on PostgreSQL behind nginx (deploy/nginx/khabar.conf): $READERS readers polling through nginx"
echo "   while an entry is published on node A every 5 s; offered = the update check through nginx offers it"
stop_khabar
pg_init && pg_start && pg_database
export KHABAR_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/khabar" KHABAR_DB_USER=khabar
shared_keys
DATA=$PWD/$OUT/data-a
start_khabar --spring.profiles.active=postgres --khabar.demo.enabled=true --khabar.cluster.node-id=node-a "${KEYS[@]}" \
  --management.server.port=0
start_node_b --spring.profiles.active=postgres "${KEYS[@]}" --management.server.port=0
start_balancer "$LB_PORT"
LB="http://127.0.0.1:$LB_PORT"
curl -s -o "$OUT/home-lb.html" "$LB/"   # to a file: grep -m1 in a pipe would break curl's pipe under pipefail
ID=$(grep -m1 -oE 'href="/news/[0-9]+/[^"]+"' "$OUT/home-lb.html" | sed -E 's#^href="/news/([0-9]+)/.*#\1#')
check_answer "the home page's first story through nginx (the live page)" 'class="live"' "$LB/news/$ID" -L
LATEST=$(curl -s "$LB/live/$ID/updates?after=0" | sed -E 's/^\{"latest":([0-9]+).*/\1/')
CHECK="$LB/live/$ID/updates?after=$LATEST"
ETAG=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$CHECK" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
sed -i "s|^wrk.headers\[\"If-None-Match\"\] = .*|wrk.headers[\"If-None-Match\"] = '$ETAG'|" "$OUT/readers.lua"
: > "$OUT/publish-ms.txt"
sign_in_first_admin "$BASE" "$OUT/khabar.log" "$OUT/cookies"
publish "$LB" & publisher_pid=$!
DURATION=$SPIKE_SECONDS CONNECTIONS=$READERS run "nginx, $READERS readers' update checks" "$CHECK" "$OUT/readers.lua"
kill "$publisher_pid" 2>/dev/null || true
[ -s "$OUT/publish-ms.txt" ] || fail "no entry was published during (d)"
offered "through nginx, published on node A" 3000
echo "nginx's cache: $(balancer_cache_statuses)" | tee -a "$OUT/summary.txt"
