#!/usr/bin/env bash
# WordPress import throughput: a generated WXR file (POSTS posts, COMMENTS comments, threaded) imported by
# `import-wxr` into a fresh database; prints the time, posts/s, comments/s and the process' peak RSS, under a
# heap cap of HEAP (default 512m: the import must fit in it whatever the file's size).
#   bench/wxr-import.sh                       embedded H2 in a fresh data dir
#   PROFILE=postgres KHABAR_DB_URL=... bench/wxr-import.sh   the target of the issue (>= 1,000 posts/s)
# POSTS (default 20000) and COMMENTS (default 100000) size the file; a smoke check: POSTS=20 COMMENTS=100.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
POSTS=${POSTS:-20000}
COMMENTS=${COMMENTS:-100000}
HEAP=${HEAP:-512m}
OUT=bench/out/wxr-import
DATA=$PWD/$OUT/data
rm -rf "$OUT" && mkdir -p "$DATA"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -f target/khabar.jar ] || ./mvnw -q -B -ntp -DskipTests package
FILE=$OUT/export.xml
"$JAVA" bench/WxrGenerator.java "$FILE" "$POSTS" "$COMMENTS"
echo "== $FILE: $POSTS posts, $COMMENTS comments, $(du -h "$FILE" | cut -f1)"
PROFILE_ARG=()
[ -n "${PROFILE:-}" ] && PROFILE_ARG=(--spring.profiles.active="$PROFILE")
start=$(date +%s.%N)
/usr/bin/time -f 'peak RSS %M KB' -o "$OUT/time.txt" \
  "$JAVA" -Xmx$HEAP -jar target/khabar.jar import-wxr "$FILE" --khabar.data-dir="$DATA" "${PROFILE_ARG[@]}" \
  > "$OUT/import.log" 2>&1 || { tail -20 "$OUT/import.log"; fail "import-wxr exited non-zero"; }
end=$(date +%s.%N)
grep -q "post published: $POSTS" "$OUT/import.log" || { tail -30 "$OUT/import.log"; fail "not every post was imported"; }
seconds=$(echo "$end - $start" | bc)
printf 'wxr-import: %d posts, %d comments in %.1f s (JVM start included): %.0f posts/s, %.0f comments/s, %s, heap cap %s\n' \
  "$POSTS" "$COMMENTS" "$seconds" "$(echo "$POSTS / $seconds" | bc -l)" "$(echo "$COMMENTS / $seconds" | bc -l)" \
  "$(cat "$OUT/time.txt")" "$HEAP"
