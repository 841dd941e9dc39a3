#!/usr/bin/env bash
# Memory of a node with 100,000 articles (issue 13 point 7): imports N synthetic articles (bench/synthetic-news.py,
# our own generator, through import-news) into an embedded H2 data dir, starts Khabar on it with a bounded heap,
# times the feed and the sitemaps cold and hot, then loads the home page, the sections, article pages, RSS feeds,
# the sitemaps and search with wrk, and reports the peak RSS (VmHWM), the RSS at the end and the heap after a full
# GC, plus the JVM's native memory summary.
#   bench/memory.sh [seconds]          (default 60; needs wrk, curl, python3)
# HEAP (default 512m) is -Xmx; N (default 100000) the articles; DATA (default bench/out/memory/data) is kept between
# runs, so the import runs once; JAVA_OPTS adds JVM options (the default is the README's "Memory" flags);
# CONNECTIONS (default 32).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-60}
HEAP=${HEAP:-512m}
N=${N:-100000}
PORT=${PORT:-18090}
CONNECTIONS=${CONNECTIONS:-32}
OUT=bench/out/memory
DATA=${DATA:-$PWD/$OUT/data}
JAVA_OPTS=${JAVA_OPTS:--XX:MaxDirectMemorySize=64m}
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JCMD="$(dirname "$JAVA")/jcmd"
for tool in wrk curl python3; do command -v $tool >/dev/null || fail "missing $tool"; done
mkdir -p "$OUT" "$DATA"
rm -f "$OUT"/*.txt "$OUT"/*.log "$OUT"/*.lua
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
JAR=target/khabar.jar

if [ ! -f "$DATA/imported-$N" ]; then
  echo "== generating and importing $N articles into $DATA"
  python3 bench/synthetic-news.py "$N" > "$OUT/news.jsonl"
  start=$(date +%s)
  "$JAVA" -Xmx$HEAP -jar $JAR import-news "$OUT/news.jsonl" --khabar.data-dir="$DATA" > "$OUT/import.log" 2>&1 \
    || { tail -30 "$OUT/import.log"; fail "import-news failed"; }
  grep -q "imported: *$N" "$OUT/import.log" || { grep -A4 'News import' "$OUT/import.log"; fail "not all $N imported"; }
  echo "import: $N articles in $(( $(date +%s) - start )) s" | tee "$DATA/imported-$N"
  rm -f "$OUT/news.jsonl"
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')" \
  | tee "$OUT/summary.txt"
start=$(date +%s%N)
# shellcheck disable=SC2086
"$JAVA" -Xmx$HEAP $JAVA_OPTS -XX:NativeMemoryTracking=summary -jar $JAR --khabar.data-dir="$DATA" \
  --server.port=$PORT --management.server.port=0 > "$OUT/khabar.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null && wait $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz"; do
  kill -0 $pid 2>/dev/null || { tail -30 "$OUT/khabar.log"; fail "Khabar stopped"; }
  [ $(( $(date +%s%N) - start )) -lt 900000000000 ] || fail "Khabar not ready in 900 s"
  sleep 0.5
done
echo "ready after $(awk -v n=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", n / 1e9 }') s" \
  "($(grep -o 'Search index built from the database: [0-9]* articles' "$OUT/khabar.log" || echo 'index opened as it was'))" \
  | tee -a "$OUT/summary.txt"
site="http://127.0.0.1:$PORT"

# time_of NAME PATH: the answer's time and size, cold (first) and hot (second)
time_of() {
  local name=$1 path=$2 cold hot
  cold=$(curl -s -o /dev/null --compressed -w '%{http_code} %{time_total}s %{size_download}B' "$site$path")
  hot=$(curl -s -o /dev/null --compressed -w '%{http_code} %{time_total}s %{size_download}B' "$site$path")
  echo "$name $path: cold $cold, hot $hot" | tee -a "$OUT/summary.txt"
}

# What the readers ask for: the home page, every section, 300 articles from the months' sitemaps, the feeds, the
# sitemaps and searches
curl -sf --compressed "$site/" > "$OUT/home.html" || fail "the home page did not answer"
curl -sf --compressed "$site/sitemap.xml" > "$OUT/sitemap.xml" || fail "the sitemap index did not answer"
grep -o '<loc>[^<]*</loc>' "$OUT/sitemap.xml" | sed 's|<loc>[a-z]*://[^/]*||; s|</loc>||' > "$OUT/sitemaps.txt"
months=$(grep -c '^/sitemaps/[0-9]' "$OUT/sitemaps.txt" || true)
[ "$months" -ge 12 ] || fail "the sitemap index lists $months month sitemaps for $N articles"
time_of "sitemap index" /sitemap.xml
month=$(grep '^/sitemaps/[0-9]' "$OUT/sitemaps.txt" | sort | awk 'NR == 2')  # a whole month
time_of "a month's sitemap" "$month"
curl -sf --compressed "$site$month" > "$OUT/month.xml"
urls=$(grep -o '<loc>' "$OUT/month.xml" | wc -l)
echo "sitemaps: $months months in the index, $urls URLs in $month (at most 50,000 a file)" | tee -a "$OUT/summary.txt"
time_of "news sitemap" /news-sitemap.xml
time_of "feed" /rss
curl -sf --compressed "$site/rss" > "$OUT/rss.xml"
items=$(grep -o '<item>' "$OUT/rss.xml" | wc -l)
echo "feed: $items items" | tee -a "$OUT/summary.txt"

{
  echo /
  grep -o 'href="/service/[^"/]*"' "$OUT/home.html" | sort -u | sed 's/href="//; s/"$//'
  grep -o 'href="/service/[^"/]*"' "$OUT/home.html" | sort -u | sed 's|href="/service/|/rss/|; s/"$//'
  echo /rss
  echo /sitemap.xml
  echo /news-sitemap.xml
  grep '^/sitemaps/' "$OUT/sitemaps.txt" | awk 'NR <= 6'
  for word in تهران بازار مجلس فوتبال دانشگاه تورم بیمارستان انتخابات; do
    echo "/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$word")"
  done
  # pipes end in awk, which reads all (a head would stop its writer with SIGPIPE, fatal under pipefail)
  for m in $(grep '^/sitemaps/[0-9]' "$OUT/sitemaps.txt" | awk 'NR % 2 == 1 && NR <= 20'); do
    curl -sf --compressed "$site$m" > "$OUT/m.xml"
    grep -o '<loc>[^<]*/news/[^<]*</loc>' "$OUT/m.xml" | sed 's|<loc>[a-z]*://[^/]*||; s|</loc>||' | awk 'NR <= 30'
  done
} > "$OUT/paths.txt"
articles=$(grep -c '^/news/' "$OUT/paths.txt" || true)
[ "$articles" -ge 100 ] || fail "only $articles article paths found"
echo "load: $(wc -l < "$OUT/paths.txt") paths ($articles articles), round robin, $CONNECTIONS connections, $DURATION s" \
  | tee -a "$OUT/summary.txt"
cat > "$OUT/paths.lua" <<EOF
local paths = {}
for line in io.lines("$PWD/$OUT/paths.txt") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept-Encoding"] = "gzip" })
end
EOF
printf '%s\n' "$REPORT_LUA" >> "$OUT/paths.lua"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$OUT/paths.lua" "$site" > "$OUT/wrk.txt" 2>&1 || true
check_report memory "$OUT/wrk.txt" 200 5000000
grep '^REPORT' "$OUT/wrk.txt" | tee -a "$OUT/summary.txt"

# the slowest kinds of page, each asked for once more after the load (hot)
while read -r path; do
  curl -s -o /dev/null --compressed -w "%{time_total} %{http_code} $path\n" "$site$path"
done < <(grep -v '^/news/' "$OUT/paths.txt"; grep '^/news/' "$OUT/paths.txt" | awk 'NR <= 20') | sort -rn > "$OUT/hot.txt"
awk 'NR <= 5 { printf "slowest after the load: %.3f s %s %s\n", $1, $2, $3 }' "$OUT/hot.txt" | tee -a "$OUT/summary.txt"

hwm=$(awk '/^VmHWM/ { print int($2 / 1024) }' /proc/$pid/status)
rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' /proc/$pid/status)
"$JCMD" $pid GC.run > /dev/null
heap=$("$JCMD" $pid GC.heap_info | awk '/garbage-first heap|heap total/ { print; exit }')
anon=$(awk '/^RssAnon/ { print int($2 / 1024) }' /proc/$pid/status)
file=$(awk '/^RssFile/ { print int($2 / 1024) }' /proc/$pid/status)
echo "memory: peak RSS (VmHWM) $hwm MB, RSS at the end $rss MB ($anon MB anonymous, $file MB of mapped files:" \
  "the jar, the AOT cache, Lucene's index), -Xmx$HEAP $JAVA_OPTS${MALLOC_ARENA_MAX:+, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX}" \
  | tee -a "$OUT/summary.txt"
echo "heap after a full GC: $heap" | tee -a "$OUT/summary.txt"
"$JCMD" $pid VM.native_memory summary scale=MB > "$OUT/nmt.txt"
grep -E '^(Total|-  *[A-Z])|committed=' "$OUT/nmt.txt" | grep -E '^Total|^- ' | sed 's/^- *//' \
  | awk '{ print "nmt: " $0 }' | tee -a "$OUT/summary.txt"
