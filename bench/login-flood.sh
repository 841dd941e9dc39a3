#!/usr/bin/env bash
# Readers beside a login flood (issue 16, item 2): the cached home page's throughput alone, then while wrong passwords
# are posted to /login from many addresses; prints both and their ratio (target: >= 0.8).
#   bench/login-flood.sh [seconds-per-run]     (needs wrk and curl: apt-get install wrk curl)
# Khabar runs on a fresh embedded H2 with the demo content, 127.0.0.1 as its trusted proxy, so each flood request comes
# from its own address (X-Forwarded-For), and with the real CSRF token of the login form (as a bot would fetch it): the
# flood reaches the password check, not the CSRF refusal. The flood is paced (bench/login-flood.lua): FLOOD_RATE
# attempts per second offered (default 50, three times the 17/s that took the site down) over FLOOD_CONNECTIONS
# connections; FLOOD_USER=random (default: a new username each time, so every attempt let through costs a hash) or a
# username, e.g. admin. Each run is checked (bench/lib.sh): the home page answers 200 with its marker and wrk's mean
# answer is its size; a sample wrong password is answered with the ?error redirect; the flood's Lua must report.
# HEAP (default 512m) is Khabar's -Xmx; the run ends with Khabar's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-15}
CONNECTIONS=${CONNECTIONS:-64}
FLOOD_RATE=${FLOOD_RATE:-50}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-10}
FLOOD_USER=${FLOOD_USER:-random}
WARMUP=${WARMUP:-10}
PORT=${PORT:-18100}
HEAP=${HEAP:-512m}
OUT=bench/out/login-flood
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
for tool in wrk curl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install wrk curl)"; exit 1; }; done
rm -rf "$OUT" && mkdir -p "$OUT"

[ -f target/khabar.jar ] && [ -z "${REBUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
"$JAVA" -Xmx$HEAP ${KHABAR_JAVA_OPTS:-} -jar target/khabar.jar --khabar.data-dir="$PWD/$OUT/data" --server.port=$PORT \
  --khabar.client.trusted-proxies=127.0.0.1 --logging.level.root=warn > "$OUT/khabar.log" 2>&1 &
khabar_pid=$!
flood_pid=
cleanup() {
  [ -n "$flood_pid" ] && kill "$flood_pid" 2>/dev/null || true
  kill "$khabar_pid" 2>/dev/null || true; wait "$khabar_pid" 2>/dev/null || true
}
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 180); do curl -sf -o /dev/null "$BASE/readyz" && break; sleep 1; done
curl -sf -o /dev/null "$BASE/readyz" || { echo "Khabar did not start"; tail -50 "$OUT/khabar.log"; exit 1; }

check_answer "home page" '<html lang="fa" dir="rtl">' "$BASE/" -H 'Accept-Encoding: gzip'
HOME_BYTES=$ANSWER_BYTES
report_script "$OUT/report.lua"

# the login form's token and its cookie, as a browser (or a bot) gets them
curl -s -c "$OUT/cookies.txt" -o "$OUT/login.html" "$BASE/login"
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$OUT/login.html" | sed 's/.*value="//; s/"$//; s/=/%3D/g')
XSRF=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$OUT/cookies.txt")
[ -n "$TOKEN" ] && [ -n "$XSRF" ] || fail "the login page gave no CSRF token or no XSRF-TOKEN cookie"
sample=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "XSRF-TOKEN=$XSRF" -H 'X-Forwarded-For: 10.255.255.254' \
  --data "_csrf=$TOKEN&username=admin&password=not-the-password" "$BASE/login")
[[ "$sample" == "302 "*"/login?error" ]] || fail "a sample wrong password was answered '$sample', not the ?error redirect"
PAUSE=$((FLOOD_CONNECTIONS * 1000 / FLOOD_RATE))

reads() { # seconds file
  wrk -t1 -c"$CONNECTIONS" -d"$1s" --latency -H 'Accept-Encoding: gzip' -s "$OUT/report.lua" "$BASE/" > "$2" 2>&1
}
flood() { # seconds file
  wrk -t1 -c"$FLOOD_CONNECTIONS" -d"$1s" --latency -s bench/login-flood.lua "$BASE" -- "$TOKEN" "$XSRF" "$PAUSE" "$FLOOD_USER" > "$2" 2>&1
}
measured() { # name file: checks the run, prints and returns its req/s
  check_report "$1" "$2" $((HOME_BYTES * 95 / 100)) $((HOME_BYTES * 105 / 100)) >&2
  local line; line=$(grep -m1 '^REPORT ' "$2")
  printf '%-28s %10s req/s   p50 %s   p99 %s\n' "$1" "$(sed 's/.* rps=\([0-9.]*\).*/\1/' <<<"$line")" \
    "$(sed 's/.* p50=\([0-9.]*ms\).*/\1/' <<<"$line")" "$(sed 's/.* p99=\([0-9.]*ms\).*/\1/' <<<"$line")" | tee -a "$OUT/summary.txt" >&2
  sed 's/.* rps=\([0-9.]*\).*/\1/' <<<"$line"
}

# warm-up of both paths together: the JIT compiles the page and the login path before anything is measured
flood "$WARMUP" "$OUT/flood-warm.log" & flood_pid=$!
reads "$WARMUP" "$OUT/reads-warm.log"; wait "$flood_pid"; flood_pid=
grep -q '^FLOOD ' "$OUT/flood-warm.log" || fail "login flood warm-up: wrk printed no FLOOD line: bench/login-flood.lua did not load ($(head -3 "$OUT/flood-warm.log"))"

reads "$DURATION" "$OUT/reads-alone.log"
alone=$(measured "home page alone" "$OUT/reads-alone.log")

# the flood starts first and ends last, so the whole read run is under it
flood $((DURATION + 2)) "$OUT/flood.log" & flood_pid=$!
sleep 1
reads "$DURATION" "$OUT/reads-flood.log"
wait "$flood_pid"; flood_pid=
flooded=$(measured "home page beside the flood" "$OUT/reads-flood.log")
line=$(grep -m1 '^FLOOD ' "$OUT/flood.log") || fail "login flood: wrk printed no FLOOD line: bench/login-flood.lua did not load"
[ "$(sed 's/.* other=\([0-9]*\).*/\1/' <<<"$line")" = 0 ] || fail "login flood: answers other than ?error, ?locked or 429: $line"
[ "$(sed 's/.* evaluated=\([0-9]*\).*/\1/' <<<"$line")" -gt 0 ] || fail "login flood: no attempt reached the password check: $line"

echo "login flood (offered $FLOOD_RATE/s, user $FLOOD_USER): ${line#FLOOD }" | tee -a "$OUT/summary.txt"
ratio=$(awk -v a="$flooded" -v b="$alone" 'BEGIN { printf "%.2f", a / b }')
echo "readers beside the flood / alone = $ratio   (target >= 0.8: $(awk -v r="$ratio" 'BEGIN { print (r >= 0.8 ? "met" : "NOT met") }'))" | tee -a "$OUT/summary.txt"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)" | tee -a "$OUT/summary.txt"
memory_report "$khabar_pid" "-Xmx$HEAP ${KHABAR_JAVA_OPTS:-}" | tee -a "$OUT/summary.txt"
