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
MARKER='<article class="article"'

echo "== importing the corpus into $DATA"
[ -f "$CORPUS" ] && "$JAVA" -jar $JAR import-news "$CORPUS" --khabar.data-dir="$DATA" > "$OUT/import.log" 2>&1
tail -3 "$OUT/import.log"

trap 'stop_khabar; nginx -c "$PWD/$OUT/nginx.conf" -s stop 2>/dev/null || true' EXIT

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

nginx_conf
nginx -c "$PWD/$OUT/nginx.conf"

start_khabar
COMMENTED_URL=$(curl -s -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:$PORT/news/$ARTICLE")
echo "hot page: $HOT; 200-comment page: $COMMENTED_URL" | tee "$OUT/summary.txt"
run_pair "(a) hot article page" "http://127.0.0.1:$PORT$HOT" hot.html "$MARKER"
run_pair "(b) 200-comment article" "$COMMENTED_URL" commented.html "$MARKER"
stop_khabar

start_khabar --khabar.web.page-cache.enabled=false
run_pair "(c) hot article, cache off" "http://127.0.0.1:$PORT$HOT" hot-uncached.html "$MARKER"
run_pair "(c) 200-comment, cache off" "$COMMENTED_URL" commented-uncached.html "$MARKER"
stop_khabar
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)" | tee -a "$OUT/summary.txt"
