#!/usr/bin/env bash
# Makes Khabar start fast: extracts the jar into plain jars (what an AOT cache needs) and trains a JDK 25 AOT cache
# (JEP 483/514/515) on a real start that serves the reader's pages, so the cache holds the web path too.
#
#   deploy/aot.sh [JAR] [DIR]       defaults: target/khabar.jar, target/aot
#
# Gives DIR/khabar.jar (its Class-Path names DIR/lib/*.jar) and DIR/khabar.aot; run it with
#   java -XX:AOTCache=DIR/khabar.aot -jar DIR/khabar.jar
# The cache is valid only for the JVM that trained it (JAVA, default: JAVA_HOME's, else the JDK 25 the build uses)
# and for these very jars (paths relative to each other, sizes, modification times): train again after every
# upgrade of either, on the machine or in the image that runs it. A cache that does not match is ignored with a
# warning (the start is then as slow as without it), never used wrongly.
# The jars get the modification time 1970-01-01T00:00:01Z, the one Jib gives every file of an image, so a cache
# trained here stays valid inside the image (pom.xml, profile "image").
set -euo pipefail

JAR=${1:-target/khabar.jar}
DIR=${2:-target/aot}
JAVA=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
# Options of the training run's JVM (the cache works with other heap sizes; keep the collector the same)
TRAINING_OPTS=${TRAINING_OPTS:--Xmx512m}

[ -f "$JAR" ] || { echo "aot.sh: no $JAR (build it first: ./mvnw package)" >&2; exit 1; }
rm -rf "$DIR"
mkdir -p "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" --application-filename khabar.jar > /dev/null
find "$DIR" -name '*.jar' -exec touch -d '1970-01-01T00:00:01Z' {} +

data=$(mktemp -d)
log="$DIR/training.log"
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

# A fresh data dir: the training run loads the demo content and builds the index, as a first start does. Both ports
# are picked by the system, so training never collides with a running Khabar; the site's port is the first one
# Tomcat reports, since it opens when the node is ready
"$JAVA" $TRAINING_OPTS -XX:AOTCacheOutput="$DIR/khabar.aot" -jar "$DIR/khabar.jar" --khabar.data-dir="$data" \
  --server.port=0 --management.server.port=0 > "$log" 2>&1 &
pid=$!
port=
for _ in $(seq 1 1500); do
  port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "aot.sh: the training run stopped:" >&2; tail -30 "$log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$port" ] || { echo "aot.sh: the training run did not open its port in 300 s" >&2; exit 1; }

# The pages a reader asks for first; each must answer 200, else the cache would miss what it is for
site="http://127.0.0.1:$port"
home=$(curl -sf --compressed "$site/") || { echo "aot.sh: the home page did not answer 200" >&2; exit 1; }
[[ $home =~ href=\"(/news/[0-9]+/[^\"]*)\" ]] || { echo "aot.sh: the home page links no article" >&2; exit 1; }
article=${BASH_REMATCH[1]}
[[ $home =~ href=\"(/service/[^\"/]+)\" ]] || { echo "aot.sh: the home page links no section" >&2; exit 1; }
section=${BASH_REMATCH[1]}
for path in "$article" "$section" /search?q=%D8%AA%D9%87%D8%B1%D8%A7%D9%86 /rss /sitemap.xml /readyz /livez; do
  curl -sf -o /dev/null --compressed "$site$path" || { echo "aot.sh: $path did not answer 200" >&2; exit 1; }
  curl -sf -o /dev/null "$site$path"
done

# The cache is written when the JVM exits (a second JVM assembles it from what the run loaded and profiled)
kill -TERM "$pid"
wait "$pid" || true
pid=
[ -s "$DIR/khabar.aot" ] || { echo "aot.sh: no cache was written:" >&2; tail -30 "$log" >&2; exit 1; }
echo "AOT cache: $DIR/khabar.aot ($(du -h "$DIR/khabar.aot" | cut -f1)); run: $JAVA -XX:AOTCache=$DIR/khabar.aot -jar $DIR/khabar.jar"
