#!/usr/bin/env bash
# Feeds and sitemaps throughput: the site's RSS feed and the Google News sitemap, hot, from Khabar (embedded H2,
# demo content, plus the real corpus when ../shared/data has it) beside nginx serving the same bytes.
#   bench/feeds.sh [seconds-per-run]     (needs wrk and nginx: apt-get install wrk nginx-light)
# Prints req/s and p50/p99 for (a) /rss and (b) /news-sitemap.xml, each next to nginx serving that answer's gzip
# bytes as a static file, and their ratio (issue 11's target: each at least 0.5 of nginx when hot).
# HEAP (default 512m) is Khabar's -Xmx; the Khabar run ends with its peak RSS. Every run is checked (bench/lib.sh):
# the answer is fetched first (200, a marker of the document, its size) and wrk's mean answer must be that size.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18090}
HEAP=${HEAP:-512m}
NGINX_PORT=${NGINX_PORT:-18091}
OUT=bench/out/feeds
CORPUS=${CORPUS:-../shared/data/news/iranian-news/news.jsonl}
DATA=$PWD/$OUT/data
stop_nginx   # a run that was interrupted
rm -rf "$OUT" && mkdir -p "$OUT/www" "$DATA"
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install wrk nginx-light curl)"; exit 1; }; done

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
JAR=target/khabar.jar
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
report_script "$OUT/report.lua"

if [ -f "$CORPUS" ]; then
  echo "== importing the corpus into $DATA"
  "$JAVA" -jar $JAR import-news "$CORPUS" --khabar.data-dir="$DATA" > "$OUT/import.log" 2>&1
  tail -3 "$OUT/import.log"
fi

trap 'stop_khabar; stop_nginx' EXIT
nginx_conf
nginx -c "$PWD/$OUT/nginx.conf"

# the demo content is published relative to now, so the news sitemap has the last two days' articles
start_khabar --khabar.demo.enabled=true
echo "site: http://127.0.0.1:$PORT" | tee "$OUT/summary.txt"
run_pair "(a) site RSS, hot" "http://127.0.0.1:$PORT/rss" site.rss '<rss'
run_pair "(b) news sitemap, hot" "http://127.0.0.1:$PORT/news-sitemap.xml" news-sitemap.xml '<news:news>'
stop_khabar
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)" | tee -a "$OUT/summary.txt"
