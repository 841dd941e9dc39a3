#!/usr/bin/env bash
# Article page throughput: Khabar (embedded H2, real corpus imported) beside nginx serving the same bytes.
#   bench/article-page.sh [seconds-per-run]     (needs wrk and nginx: apt-get install wrk nginx-light)
# Prints req/s and p50/p99 for (a) a hot article page, (b) an article with 200 published comments,
# (c) both with the page cache turned off, each next to nginx serving that page's gzip bytes as a static file.
# HEAP (default 512m) is Khabar's -Xmx; each Khabar run ends with its peak RSS. Every run is checked (bench/lib.sh):
# the page is fetched first (200, the article marker, its size) and wrk's mean answer must be that size, from both.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18080}
HEAP=${HEAP:-512m}
NGINX_PORT=${NGINX_PORT:-18081}
OUT=bench/out/article-page
CORPUS=${CORPUS:-../shared/data/news/iranian-news/news.jsonl}
DATA=$PWD/$OUT/data
pkill -f "nginx -c $PWD/$OUT/nginx.conf" 2>/dev/null || true   # a run that was interrupted
rm -rf "$OUT" && mkdir -p "$OUT/www" "$DATA"
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)"; exit 1; }; done

./mvnw -q -B -ntp -DskipTests package
JAR=target/khabar.jar
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
report_script "$OUT/report.lua"

echo "== importing the corpus into $DATA"
[ -f "$CORPUS" ] && "$JAVA" -jar $JAR import-news "$CORPUS" --khabar.data-dir="$DATA" > "$OUT/import.log" 2>&1
tail -3 "$OUT/import.log"

khabar_pid=
start_khabar() {
  "$JAVA" -Xmx$HEAP -jar $JAR --khabar.data-dir="$DATA" --server.port=$PORT "$@" > "$OUT/khabar.log" 2>&1 &
  khabar_pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && return; sleep 1; done
  echo "Khabar did not start"; tail -50 "$OUT/khabar.log"; exit 1
}
stop_khabar() {
  [ -n "$khabar_pid" ] && kill -0 "$khabar_pid" 2>/dev/null && memory_report "$khabar_pid" "-Xmx$HEAP" | tee -a "$OUT/summary.txt"
  kill "$khabar_pid" 2>/dev/null || true; wait "$khabar_pid" 2>/dev/null || true
}
nginx_conf() {
  cat > "$OUT/nginx.conf" <<CONF
worker_processes 2;
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$OUT/www;
    gzip_static on;
  }
}
CONF
}
trap 'stop_khabar; nginx -c "$PWD/$OUT/nginx.conf" -s stop 2>/dev/null || true' EXIT

# wrk prints "Requests/sec" and, with --latency, the 50% and 99% lines
measure() { # name url expected-bytes
  local result
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' -s "$OUT/report.lua" "$2" 2>&1)
  # within 5% of the checked sample: the same page (nginx's headers are shorter than Khabar's)
  check_report "$1" <(echo "$result") $(($3 * 95 / 100)) $(($3 * 105 / 100)) >&2
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1=="50%" {print $2}' <<<"$result")
  p99=$(awk '$1=="99%" {print $2}' <<<"$result")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s\n' "$1" "$rps" "$p50" "$p99" | tee -a "$OUT/summary.txt" >&2
  echo "$rps"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== seeding an article with 200 published comments"
start_khabar
curl -s -o "$OUT/home.html" "http://127.0.0.1:$PORT/"
HOT=$(grep -m1 -oE 'href="/news/[0-9]+/[^"]+"' "$OUT/home.html" | sed 's/href="//; s/"$//')
stop_khabar
H2JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | tail -1)
ARTICLE=$("$JAVA" -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/khabar;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa \
  -sql "SELECT id FROM article_article WHERE status = 'PUBLISHED' AND external_id LIKE 'iranian-news:%' ORDER BY id LIMIT 1" | sed -n 2p | tr -d ' ')
{
  for i in $(seq 1 200); do
    echo "INSERT INTO comment_comment (article_id, author_name, body, country_code, status, likes, dislikes, created_at) VALUES ($ARTICLE, 'خواننده $i', 'این نظر شمارهٔ $i برای سنجش سرعت صفحه است؛ متنی به اندازهٔ یک نظر معمولی که چند جمله دارد و از خبر و پیامدهایش می‌گوید.', 'IR', 'PUBLISHED', $((i % 17)), $((i % 5)), CURRENT_TIMESTAMP);"
  done
  echo "MERGE INTO comment_counters (article_id, published, pending, rejected, version) KEY (article_id) VALUES ($ARTICLE, 200, 0, 0, 1);"
} > "$OUT/seed.sql"
"$JAVA" -cp "$H2JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/db/khabar;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -script "$OUT/seed.sql"

run_pair() { # label khabar-url file
  curl -s -H 'Accept-Encoding: gzip' -o "$OUT/www/$3.html.gz" "$2"
  gzip -dc "$OUT/www/$3.html.gz" > "$OUT/www/$3.html"
  local k n khabar_bytes nginx_bytes
  check_answer "khabar $1" '<article class="article"' "$2" -H 'Accept-Encoding: gzip'
  khabar_bytes=$ANSWER_BYTES
  check_answer "nginx $1" '<article class="article"' "http://127.0.0.1:$NGINX_PORT/$3.html" -H 'Accept-Encoding: gzip'
  nginx_bytes=$ANSWER_BYTES
  # warm up: the JIT compiles the hot path before anything is measured
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-10}s" -H 'Accept-Encoding: gzip' "$2" > /dev/null
  k=$(measure "khabar  $1" "$2" "$khabar_bytes")
  n=$(measure "nginx   $1 (same bytes)" "http://127.0.0.1:$NGINX_PORT/$3.html" "$nginx_bytes")
  echo "ratio   $1: khabar/nginx = $(ratio "$k" "$n")   ($(stat -c %s "$OUT/www/$3.html") bytes, $(stat -c %s "$OUT/www/$3.html.gz") gzipped)" | tee -a "$OUT/summary.txt"
}

nginx_conf
nginx -c "$PWD/$OUT/nginx.conf"

start_khabar
COMMENTED_URL=$(curl -s -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:$PORT/news/$ARTICLE")
echo "hot page: $HOT; 200-comment page: $COMMENTED_URL" | tee "$OUT/summary.txt"
run_pair "(a) hot article page" "http://127.0.0.1:$PORT$HOT" hot
run_pair "(b) 200-comment article" "$COMMENTED_URL" commented
stop_khabar

start_khabar --khabar.web.page-cache.enabled=false
run_pair "(c) hot article, cache off" "http://127.0.0.1:$PORT$HOT" hot-uncached
run_pair "(c) 200-comment, cache off" "$COMMENTED_URL" commented-uncached
stop_khabar
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)" | tee -a "$OUT/summary.txt"
