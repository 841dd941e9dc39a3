# Guards every benchmark shares (sourced by bench/*.sh): a figure is printed only for the thing the script means
# to measure. A wrk Lua script that does not load makes wrk fall back silently to a plain GET of its target, so
# every run goes through a report script whose done() prints a REPORT line; no REPORT line, answers that are not
# 2xx/3xx, or answers of another size than the checked sample all stop the benchmark with a non-zero exit.

fail() { echo "BENCH FAILED: $*" >&2; exit 1; }

# The report every wrk run ends with; append it to a load script that has no done() of its own.
REPORT_LUA='
done = function(summary, latency, requests)
  io.write(string.format("REPORT requests=%d bytes=%d non2xx=%d socket_errors=%d rps=%.1f p50=%.2fms p95=%.2fms p99=%.2fms\n",
    summary.requests, summary.bytes, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
'

# report_script FILE: writes a load script that only reports (for runs of one fixed URL)
report_script() { printf '%s\n' "$REPORT_LUA" > "$1"; }

# check_answer NAME MARKER URL [curl args...]: the answer is 200 and contains MARKER; sets ANSWER_BYTES to the size
# of the whole answer as wrk counts it (headers and body as sent, so compressed if the request asks for it)
check_answer() {
  local name=$1 marker=$2 url=$3; shift 3
  local file status
  file=$(mktemp)
  status=$(curl -s -D "$file.head" -o "$file" -w '%{http_code}' "$@" "$url") || fail "$name: $url did not answer"
  [ "$status" = 200 ] || fail "$name: $url answered $status, not 200"
  # decompressed to a file: grep -q in a pipe stops reading at the first match and, under pipefail, a large page's
  # gzip then fails on the closed pipe
  if [ "$(grep -ci '^content-encoding: gzip' "$file.head")" = 1 ]; then gzip -dc "$file" > "$file.text"; else cp "$file" "$file.text"; fi
  grep -qF -- "$marker" "$file.text" || fail "$name: the answer of $url lacks the marker '$marker'"
  ANSWER_BYTES=$(( $(stat -c %s "$file") + $(stat -c %s "$file.head") ))
  rm -f "$file" "$file.head" "$file.text"
}

# check_report NAME FILE MIN_BYTES MAX_BYTES: FILE holds wrk's output; it must have a REPORT line (the load script
# loaded), no non-2xx/3xx answer, and a mean answer size (headers included) between MIN and MAX bytes
check_report() {
  local name=$1 file=$2 min=$3 max=$4 line requests bytes non2xx mean
  line=$(grep -m1 '^REPORT ' "$file") || fail "$name: wrk printed no REPORT line: its load script did not load ($(grep -m1 -iE 'error|unexpected' "$file" || echo 'no message'))"
  requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")
  bytes=$(sed -n 's/.* bytes=\([0-9]*\).*/\1/p' <<<"$line")
  non2xx=$(sed -n 's/.* non2xx=\([0-9]*\).*/\1/p' <<<"$line")
  [ "$requests" -gt 0 ] || fail "$name: no request was answered"
  [ "$non2xx" = 0 ] || fail "$name: $non2xx of $requests answers were not 2xx/3xx"
  mean=$((bytes / requests))
  [ "$mean" -ge "$min" ] && [ "$mean" -le "$max" ] \
    || fail "$name: answers were $mean bytes on average, expected $min-$max: not what this run means to measure"
  echo "checked: $requests answers, $mean bytes each on average (expected $min-$max), all 2xx/3xx"
}

# memory_report PID HEAP_OPTS: the server's peak resident memory so far and the heap it ran with
memory_report() {
  local pid=$1 opts=$2 hwm max_heap
  hwm=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || echo '?')
  max_heap=$("$(dirname "$JAVA")/jcmd" "$pid" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
  echo "memory: peak RSS ${hwm} MB; heap options: ${opts:-none}; MaxHeapSize $((${max_heap:-0} / 1048576)) MB"
}
