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

# The rest serves the scripts that run Khabar beside nginx (article-page.sh, feeds.sh). They read the caller's JAVA,
# JAR, HEAP, PORT, DATA, OUT, NGINX_PORT, CONNECTIONS, DURATION and WARMUP.

# start_khabar [args...]: starts the jar on $PORT with $DATA and waits until it is ready; stop_khabar stops it (by its
# process id) and prints its peak memory
khabar_pid=
start_khabar() {
  ! curl -s -o /dev/null "http://127.0.0.1:$PORT/" || fail "port $PORT is taken already (a run that was interrupted?)"
  "$JAVA" -Xmx$HEAP -jar $JAR --khabar.data-dir="$DATA" --server.port=$PORT "$@" > "$OUT/khabar.log" 2>&1 &
  khabar_pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && return; sleep 1; done
  echo "Khabar did not start"; tail -50 "$OUT/khabar.log"; exit 1
}
stop_khabar() {
  [ -n "$khabar_pid" ] && kill -0 "$khabar_pid" 2>/dev/null && memory_report "$khabar_pid" "-Xmx$HEAP" | tee -a "$OUT/summary.txt"
  kill "$khabar_pid" 2>/dev/null || true; wait "$khabar_pid" 2>/dev/null || true
}

# nginx_conf: an nginx serving $OUT/www on $NGINX_PORT, gzipped files as they are (gzip_static)
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
  types { text/html html; application/rss+xml rss; application/xml xml; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$OUT/www;
    gzip_static on;
  }
}
CONF
}
# stop_nginx: stops the nginx of $OUT/nginx.conf, if it runs (by its pid file)
stop_nginx() { [ -f "$OUT/nginx.pid" ] && nginx -c "$PWD/$OUT/nginx.conf" -s stop 2>/dev/null || true; }

# measure NAME URL EXPECTED_BYTES: a checked wrk run; prints req/s, p50 and p99 to stderr and the summary, and req/s
# to stdout
measure() {
  local result
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' -s "$OUT/report.lua" "$2" 2>&1)
  # within 5% of the checked sample: the same answer (nginx's headers are shorter than Khabar's)
  check_report "$1" <(echo "$result") $(($3 * 95 / 100)) $(($3 * 105 / 100)) >&2
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1=="50%" {print $2}' <<<"$result")
  p99=$(awk '$1=="99%" {print $2}' <<<"$result")
  # wrk leaves a request it gave up on (no answer within its 2 s timeout) out of the percentiles: a stalled server's
  # p99 looks fine unless these are shown beside it
  errors=$(sed -n 's/.* socket_errors=\([0-9]*\).*/\1/p' <<<"$(grep -m1 '^REPORT ' <<<"$result")")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   timeouts+errors %s\n' "$1" "$rps" "$p50" "$p99" "$errors" | tee -a "$OUT/summary.txt" >&2
  echo "$rps"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# run_pair LABEL KHABAR_URL FILE MARKER: Khabar's gzipped answer is saved as $OUT/www/FILE(.gz) for nginx; both are
# checked (200, MARKER, size), warmed up, measured, and their ratio printed
run_pair() {
  # the first answer renders and is gzipped fast; the cached one, kept and served after it, is gzipped smallest
  curl -s -H 'Accept-Encoding: gzip' -o /dev/null "$2"
  curl -s -H 'Accept-Encoding: gzip' -o "$OUT/www/$3.gz" "$2"
  gzip -dc "$OUT/www/$3.gz" > "$OUT/www/$3"
  local k n khabar_bytes nginx_bytes
  check_answer "khabar $1" "$4" "$2" -H 'Accept-Encoding: gzip'
  khabar_bytes=$ANSWER_BYTES
  check_answer "nginx $1" "$4" "http://127.0.0.1:$NGINX_PORT/$3" -H 'Accept-Encoding: gzip'
  nginx_bytes=$ANSWER_BYTES
  # warm up: the JIT compiles the hot path before anything is measured
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-10}s" -H 'Accept-Encoding: gzip' "$2" > /dev/null
  k=$(measure "khabar  $1" "$2" "$khabar_bytes")
  n=$(measure "nginx   $1 (same bytes)" "http://127.0.0.1:$NGINX_PORT/$3" "$nginx_bytes")
  echo "ratio   $1: khabar/nginx = $(ratio "$k" "$n")   ($(stat -c %s "$OUT/www/$3") bytes, $(stat -c %s "$OUT/www/$3.gz") gzipped)" | tee -a "$OUT/summary.txt"
}

# csrf_token URL JAR: the CSRF token of the first form of the page at URL, read with the cookies of JAR
csrf_token() {
  local page # read whole first: grep -m1 in a pipe closes it early and, under pipefail, curl's broken pipe fails
  page=$(curl -s -c "$2" -b "$2" "$1")
  grep -m1 -oE 'name="_csrf" value="[^"]+"' <<<"$page" | sed 's/.*value="//; s/"$//'
}

# sign_in_first_admin BASE LOG JAR: signs in as the admin that a first start creates (its one-time password is in
# LOG) and replaces that password, so JAR then holds a session with every desk (the newsroom's too)
sign_in_first_admin() {
  local base=$1 log=$2 jar=$3 once own=Bench-own-pass-2026
  once=$(grep -m1 -oE 'One-time password: +[^ ]+' "$log" | awk '{print $3}')
  [ -n "$once" ] || fail "no one-time admin password in $log (not a first start?)"
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$once" \
    --data-urlencode "_csrf=$(csrf_token "$base/login" "$jar")" "$base/login"
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "currentPassword=$once" \
    --data-urlencode "newPassword=$own" --data-urlencode "confirmPassword=$own" \
    --data-urlencode "_csrf=$(csrf_token "$base/account/password" "$jar")" "$base/account/password"
  [ "$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$base/newsroom/live")" = 200 ] \
    || fail "signing in as the first admin did not open the newsroom"
}

# PostgreSQL for the scripts that need one: a private cluster in $PG on $PG_PORT (initdb, trust on loopback, default
# durability: fsync and synchronous_commit on), owned by the postgres user when we are root (PostgreSQL refuses root)
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_init() {
  [ -x "$PGBIN/initdb" ] || fail "no PostgreSQL server binaries (apt-get install postgresql)"
  mkdir -p "$PG"; [ "$(id -u)" = 0 ] && chown postgres "$PG"; chmod 700 "$PG"
  as_pg "$PGBIN/initdb" -D "$PG" -U khabar --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
}
# pg_start: starts it and waits until it takes connections (after a crash: once recovery is done)
pg_start() {
  as_pg "$PGBIN/pg_ctl" -D "$PG" -l "$PG/server.log" -w -t 120 \
    -o "-p $PG_PORT -k /tmp -c max_connections=100 -c shared_buffers=128MB" start >/dev/null
}
pg_stop() { [ -f "$PG/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$PG" -m fast -t 30 stop >/dev/null 2>&1 || true; }
# pg_postmaster: the postmaster's process id (the first line of postmaster.pid)
pg_postmaster() { head -1 "$PG/postmaster.pid" 2>/dev/null; }
# pg_database: the database khabar, owned by khabar
pg_database() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U khabar -d postgres -qc "CREATE DATABASE khabar" >/dev/null; }
psql_khabar() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U khabar -d khabar -tA -c "$1"; }

# publish_article BASE JAR TITLE: writes and publishes a story as the staff member of JAR (sign_in_first_admin); prints
# its id once the publish is committed (its POST answered)
publish_article() {
  local base=$1 jar=$2 title=$3 form location id version
  form=$(curl -s -c "$jar" -b "$jar" "$base/newsroom/articles/new")
  location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "_csrf=$(grep -m1 -oE 'name="_csrf" value="[^"]+"' <<<"$form" | sed 's/.*value="//; s/"$//')" \
    --data-urlencode "version=0" --data-urlencode "kind=STORY" --data-urlencode "title=$title" \
    --data-urlencode "section=$(grep -A3 'id="section"' <<<"$form" | grep -m1 -oE 'value="[0-9]+"' | grep -oE '[0-9]+')" \
    --data-urlencode "authors=$(grep -A3 'id="author-0"' <<<"$form" | grep -m1 -oE 'value="[0-9]+"' | grep -oE '[0-9]+')" \
    --data-urlencode "lead=خبری آزمایشی برای سنجش همگامی گره‌ها." --data-urlencode "body=<p>متن خبر آزمایشی.</p>" \
    --data-urlencode "commentsOpen=true" --data-urlencode "moderation=PRE" "$base/newsroom/articles")
  id=$(grep -oE '/newsroom/articles/[0-9]+' <<<"$location" | grep -oE '[0-9]+$') || fail "the article '$title' was not created"
  form=$(curl -s -c "$jar" -b "$jar" "$base/newsroom/articles/$id/edit")
  version=$(grep -A3 "action=\"/newsroom/articles/$id/publish\"" <<<"$form" | grep -m1 -oE 'name="version" value="[0-9]+"' | grep -oE '[0-9]+')
  [ -n "$version" ] || fail "the editor of article $id offers no publish form"
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "version=$version" \
    --data-urlencode "_csrf=$(grep -m1 -oE 'name="_csrf" value="[^"]+"' <<<"$form" | sed 's/.*value="//; s/"$//')" \
    "$base/newsroom/articles/$id/publish"
  echo "$id"
}

# retract_article BASE JAR ID: retracts a published article (its POST answered)
retract_article() {
  local base=$1 jar=$2 id=$3 form version
  form=$(curl -s -c "$jar" -b "$jar" "$base/newsroom/articles/$id/edit")
  version=$(grep -A3 "action=\"/newsroom/articles/$id/retract\"" <<<"$form" | grep -m1 -oE 'name="version" value="[0-9]+"' | grep -oE '[0-9]+')
  [ -n "$version" ] || fail "the editor of article $id offers no retract form"
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "version=$version" --data-urlencode "reason=آزمایش همگامی" \
    --data-urlencode "_csrf=$(grep -m1 -oE 'name="_csrf" value="[^"]+"' <<<"$form" | sed 's/.*value="//; s/"$//')" \
    "$base/newsroom/articles/$id/retract"
}

# Two nodes behind nginx (bench/spike.sh, bench/live.sh), on the PostgreSQL of pg_start; node A is start_khabar's.
# shared_keys sets KEYS: the keys every node must share, as settings (a captcha issued by one is checked by the other,
# a client hashes the same on both); give them to both nodes.
shared_keys() {
  local key; key() { head -c 32 /dev/urandom | base64; }
  KEYS=(--khabar.client.hash-secret="$(key)" --khabar.captcha.hmac-key="$(key)"
    --khabar.account.device-key="$(key)" --khabar.account.two-factor.key="$(key)")
}
# start_node_b [args...]: node B on $PORT_B with $DATA-b (cluster node id node-b), waits until it is ready
node_b_pid=
start_node_b() {
  ! curl -s -o /dev/null "http://127.0.0.1:$PORT_B/" || fail "port $PORT_B is taken already (a run that was interrupted?)"
  "$JAVA" -Xmx$HEAP -jar $JAR --khabar.data-dir="$DATA-b" --server.port=$PORT_B --khabar.cluster.node-id=node-b "$@" \
    > "$OUT/khabar-b.log" 2>&1 &
  node_b_pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT_B/readyz" && return; sleep 1; done
  tail -30 "$OUT/khabar-b.log"; fail "node B did not start"
}
stop_node_b() { [ -z "$node_b_pid" ] || { kill "$node_b_pid" 2>/dev/null || true; wait "$node_b_pid" 2>/dev/null || true; }; }
# start_balancer LB_PORT: nginx on LB_PORT with the operator's deploy/nginx/khabar.conf (this machine's addresses, port
# and cache folder replaced), in front of $PORT and $PORT_B; its access log ($OUT/lb-access.log) has the cache status
# of each answer, which balancer_cache_statuses counts
start_balancer() {
  sed -e "s|server 10.0.0.11:8080|server 127.0.0.1:$PORT|; s|server 10.0.0.12:8080|server 127.0.0.1:$PORT_B|" \
    -e "s|listen 80;|listen 127.0.0.1:$1;|; s|/var/cache/nginx/khabar|$PWD/$OUT/lb-cache|" \
    deploy/nginx/khabar.conf > "$OUT/khabar.conf"
  grep -q "127.0.0.1:$PORT_B" "$OUT/khabar.conf" || fail "deploy/nginx/khabar.conf no longer has the lines this script replaces"
  cat > "$OUT/lb.conf" <<CONF
$([ "$(id -u)" = 0 ] && echo 'user root;')
worker_processes 2;
pid $PWD/$OUT/lb.pid;
error_log $PWD/$OUT/lb-error.log warn;
events { worker_connections 8192; }
http {
  log_format statuses '\$upstream_cache_status';
  access_log $PWD/$OUT/lb-access.log statuses buffer=64k flush=1s;
  include $PWD/$OUT/khabar.conf;
}
CONF
  nginx -c "$PWD/$OUT/lb.conf"
}
stop_balancer() { [ -f "$OUT/lb.pid" ] && nginx -c "$PWD/$OUT/lb.conf" -s stop 2>/dev/null || true; }
balancer_cache_statuses() {
  awk '{ n[$1 == "-" ? "none" : $1]++ } END { for (k in n) printf "%s %d  ", k, n[k] }' "$OUT/lb-access.log"
}
