#!/usr/bin/env bash
# Start to first page: the time from the JVM's process start until GET / answers 200 with the demo articles, with
# and without the AOT cache of deploy/aot.sh, on a fresh data dir (migrations, demo content, index build) and on an
# existing one.
#   bench/startup.sh [runs]      (default 3 runs of each; builds the jar and trains the cache first)
# Modes: jar = java -jar target/khabar.jar (the fat jar, as before); extracted = the plain jars of deploy/aot.sh
# without the cache; aot = the same with -XX:AOTCache. Prints each run and the median of each cell, and the load
# average before each run (figures measured under load are not comparable across runs).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-18090}
HEAP=${HEAP:-512m}
MODES=${MODES:-jar extracted aot}
OUT=bench/out/startup
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
rm -rf "$OUT" && mkdir -p "$OUT"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -ntp -DskipTests package
  JAVA="$JAVA" deploy/aot.sh target/khabar.jar target/aot
fi

# first_page MODE DATA: one start, its seconds to the first page on stdout; the server is stopped after it
first_page() {
  local mode=$1 data=$2 args start pid elapsed
  case $mode in
    jar) args=(-jar target/khabar.jar) ;;
    extracted) args=(-jar target/aot/khabar.jar) ;;
    aot) args=(-XX:AOTCache=target/aot/khabar.aot -jar target/aot/khabar.jar) ;;
  esac
  start=$(date +%s%N)
  "$JAVA" -Xmx$HEAP "${args[@]}" --khabar.data-dir="$data" --server.port=$PORT --management.server.port=0 \
    > "$OUT/$mode.log" 2>&1 &
  pid=$!
  until curl -sf --compressed -o "$OUT/home.html" "http://127.0.0.1:$PORT/" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "BENCH FAILED: $mode stopped" >&2; tail -20 "$OUT/$mode.log" >&2; exit 1; }
    [ $(( $(date +%s%N) - start )) -lt 300000000000 ] || { kill $pid; echo "BENCH FAILED: $mode took over 300 s" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(( $(date +%s%N) - start ))
  grep -q 'href="/news/' "$OUT/home.html" || { kill $pid; echo "BENCH FAILED: the first page has no article" >&2; exit 1; }
  if [ "$mode" = aot ] && grep -q 'AOT cache .*mismatch\|Unable to use AOT cache' "$OUT/$mode.log"; then
    kill $pid; echo "BENCH FAILED: the AOT cache was not used" >&2; grep -i aot "$OUT/$mode.log" >&2; exit 1
  fi
  kill $pid; wait $pid 2>/dev/null || true
  awk -v n="$elapsed" 'BEGIN { printf "%.2f", n / 1e9 }'
}

median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

existing=$PWD/$OUT/existing
first_page jar "$existing" > /dev/null   # makes the existing data dir (not counted)
echo "machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')" | tee "$OUT/summary.txt"
for data in fresh existing; do
  for mode in $MODES; do
    times=()
    for run in $(seq 1 "$RUNS"); do
      load=$(cut -d' ' -f1 /proc/loadavg)
      if [ $data = fresh ]; then dir=$PWD/$OUT/fresh; rm -rf "$dir"; else dir=$existing; fi
      t=$(first_page $mode "$dir")
      times+=("$t")
      echo "run $data $mode #$run: ${t} s (load average before: $load)" | tee -a "$OUT/summary.txt"
    done
    echo "median $data $mode: $(echo "${times[@]}" | median) s of ${times[*]}" | tee -a "$OUT/summary.txt"
  done
done
