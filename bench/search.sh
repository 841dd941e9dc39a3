#!/usr/bin/env bash
# Search throughput (issue 5): /search over an index of at least 100,000 articles, wrk over loopback.
#   bench/search.sh [seconds]       (needs wrk, jq and python3; the corpus in ../shared/data)
#   KHABAR_ARGS="--khabar.search.result-cache.enabled=false --khabar.web.page-cache.enabled=false" bench/search.sh
#                                   (every request searches: what a query not seen before costs)
# Scaling: the real corpus (news.jsonl, ~5,000 articles) is written COPIES times into one JSON Lines file; copy k
# keeps every field of the original but its "file" (the import's external id gets "~k") and its "published" time
# (k x 30 days earlier), so copies are distinct articles with the real text, spread over the years. It is imported
# with import-news, indexed with reindex, and Khabar serves it as configured: search pages and results are cached
# until the index changes, and the rotation repeats, so by default this measures cache hits. wrk rotates QUERIES real
# Persian queries taken from words and word pairs of the corpus titles (not from the evaluation topics) and prints
# req/s and p50/p95/p99.
# WARMUP (s, default 30) before measuring; SKIP_BUILD=1 reuses target/khabar.jar (JAR= another one, DATA= another data
# folder, e.g. for a 1-copy corpus); KHABAR_JAVA_OPTS adds JVM options to Khabar; PROFILE=1 records the measured
# run with JFR (bench/out/search/run.jfr; deep stacks want KHABAR_JAVA_OPTS=-XX:FlightRecorderOptions:stackdepth=256).
# RATE=1600 offers about that many requests per second (each connection pauses CONNECTIONS/RATE s between requests)
# instead of as many as the machine answers: latency at a given load rather than at saturation.
# HEAP (default 512m) is Khabar's -Xmx; the run prints the server's peak RSS beside the figures.
# Every answer is checked to be a search page (bench/lib.sh): each query's page is fetched before the run (200, the
# results marker, its size), wrk's mean answer size must lie within those sizes, and a page is checked again after.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-30}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
COPIES=${COPIES:-21}
QUERIES=${QUERIES:-50}
WARMUP=${WARMUP:-30}
PORT=${PORT:-18090}
HEAP=${HEAP:-512m}
OUT=bench/out/search
CORPUS=${CORPUS:-../shared/data/news/iranian-news/news.jsonl}
DATA=${DATA:-$PWD/$OUT/data}
for tool in wrk jq python3 curl; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done
[ -f "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 1; }
mkdir -p "$OUT"

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -ntp -DskipTests package
JAR=${JAR:-target/khabar.jar}
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JCMD="$(dirname "$JAVA")/jcmd"

if [ ! -f "$DATA/.imported-$COPIES" ]; then
  rm -rf "$DATA" && mkdir -p "$DATA"
  echo "== scaling the corpus x$COPIES"
  python3 - "$CORPUS" "$COPIES" > "$OUT/scaled.jsonl" <<'PY'
import json, sys, datetime
corpus, copies = sys.argv[1], int(sys.argv[2])
lines = [json.loads(l) for l in open(corpus, encoding='utf-8') if l.strip()]
for k in range(copies):
    for a in lines:
        b = dict(a)
        if k:
            b['file'] = f"{a.get('file')}~{k}"
            try:
                t = datetime.datetime.strptime(a['published'], '%Y-%m-%d %H:%M:%S') - datetime.timedelta(days=30 * k)
                b['published'] = t.strftime('%Y-%m-%d %H:%M:%S')
            except (KeyError, TypeError, ValueError):
                pass
        print(json.dumps(b, ensure_ascii=False))
PY
  wc -l < "$OUT/scaled.jsonl" | xargs echo "lines:"
  echo "== import-news"
  time "$JAVA" -jar $JAR import-news "$OUT/scaled.jsonl" --khabar.data-dir="$DATA" --khabar.search.follow=false | tail -4
  echo "== reindex"
  time "$JAVA" -jar $JAR reindex --khabar.data-dir="$DATA" | tail -2
  touch "$DATA/.imported-$COPIES"
fi

echo "== queries from the corpus titles"
python3 - "$CORPUS" "$QUERIES" > "$OUT/queries.txt" <<'PY'
import json, sys, collections, re
corpus, n = sys.argv[1], int(sys.argv[2])
words, pairs = collections.Counter(), collections.Counter()
for line in open(corpus, encoding='utf-8'):
    title = (json.loads(line).get('title') or '')
    ws = [w for w in re.split(r'[\s\u00ab\u00bb:\u060c\u061b\u061f!?.,"()\-/]+', title) if len(w) >= 4 and not w.isdigit()]
    words.update(ws)
    pairs.update(a + ' ' + b for a, b in zip(ws, ws[1:]))
# frequent words, but not the handful that every title has; every fifth pair among the frequent ones
single = [w for w, _ in words.most_common(400)[10::8]][: n * 4 // 5]
double = [p for p, _ in pairs.most_common(200)[::5]][: n - len(single)]
for q in single + double:
    print(q)
PY
wc -l < "$OUT/queries.txt" | xargs echo "queries:"

# RATE set: each connection pauses between requests so that all together offer about RATE requests/s
PAUSE=nil
if [ -n "${RATE:-}" ]; then PAUSE="$CONNECTIONS * 1000 / $RATE"; fi
cat > "$OUT/queries.lua" <<LUA
local queries = {}
for line in io.lines("$PWD/$OUT/queries.txt") do
  queries[#queries + 1] = line:gsub("([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end)
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/search?q=" .. queries[(counter % #queries) + 1])
end
local pause = $PAUSE
if pause ~= nil then
  delay = function() return pause end
end
$REPORT_LUA
LUA

"$JAVA" -Xmx$HEAP -XX:+UseParallelGC ${KHABAR_JAVA_OPTS:-} -jar $JAR --khabar.data-dir="$DATA" --server.port=$PORT ${KHABAR_ARGS:-} > "$OUT/khabar.log" 2>&1 &
khabar_pid=$!
trap 'kill $khabar_pid 2>/dev/null; wait $khabar_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" || { echo "Khabar did not start"; tail -40 "$OUT/khabar.log"; exit 1; }
first=$(head -1 "$OUT/queries.txt")
echo "== index: $(curl -s "http://127.0.0.1:$PORT/api/v1/search?q=$(jq -rn --arg q "$first" '$q|@uri')" | jq -c '{query, total, exact}')"
# every query's page: a search page (some queries find nothing: still a search), and the range of their sizes that wrk's mean must fall in
min_bytes=; max_bytes=0
while read -r q; do
  check_answer "search" 'class="search-page"' "http://127.0.0.1:$PORT/search?q=$(jq -rn --arg q "$q" '$q|@uri')"
  if [ -z "$min_bytes" ] || [ "$ANSWER_BYTES" -lt "$min_bytes" ]; then min_bytes=$ANSWER_BYTES; fi
  if [ "$ANSWER_BYTES" -gt "$max_bytes" ]; then max_bytes=$ANSWER_BYTES; fi
done < "$OUT/queries.txt"
echo "== search pages of the queries: $min_bytes-$max_bytes bytes"
# 2% slack for headers whose length can differ between answers
min_bytes=$((min_bytes * 98 / 100)); max_bytes=$((max_bytes * 102 / 100))

# long enough for the JIT to finish compiling the path: with 10 s, C2 compilations still ran in the measured run
echo "== warm-up (${WARMUP} s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$OUT/queries.lua" "http://127.0.0.1:$PORT" > "$OUT/warmup.txt" 2>&1
check_report "search warm-up" "$OUT/warmup.txt" "$min_bytes" "$max_bytes"
echo "== measure (${DURATION} s, $THREADS threads, $CONNECTIONS connections)"
[ -n "${PROFILE:-}" ] && "$JCMD" "$khabar_pid" JFR.start name=run settings=profile >/dev/null
cpu_before=$(awk '{print $14 + $15}' /proc/$khabar_pid/stat)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/queries.lua" "http://127.0.0.1:$PORT" 2>&1 | tee "$OUT/wrk.txt"
cpu_after=$(awk '{print $14 + $15}' /proc/$khabar_pid/stat)
[ -n "${PROFILE:-}" ] && "$JCMD" "$khabar_pid" JFR.stop name=run filename="$PWD/$OUT/run.jfr" >/dev/null
check_report "search" "$OUT/wrk.txt" "$min_bytes" "$max_bytes"
check_answer "search after the run" 'class="search-page"' "http://127.0.0.1:$PORT/search?q=$(jq -rn --arg q "$first" '$q|@uri')"
# the steadier figure on a shared machine: Khabar's own user+system CPU over the run, per request served
requests=$(sed -n 's/^REPORT requests=\([0-9]*\).*/\1/p' "$OUT/wrk.txt")
echo "Khabar CPU: $(( (cpu_after - cpu_before) * 1000 / $(getconf CLK_TCK) )) ms over $requests requests =" \
  "$(python3 -c "print(f'{($cpu_after - $cpu_before) * 1000 / $(getconf CLK_TCK) / $requests:.3f}')") ms per request"
echo "machine: $(nproc) cores, $(uname -sr), $("$JAVA" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
memory_report "$khabar_pid" "-Xmx$HEAP -XX:+UseParallelGC ${KHABAR_JAVA_OPTS:-}"
