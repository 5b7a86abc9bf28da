#!/usr/bin/env bash
# Measures the command-line tool on a synthetic corpus: `cat` of every file against
# `parse -j 1` and `parse -j 2`, with wall time, MB/s and peak memory (RSS), as in docs/performance.md.
#
#   scripts/corpus-benchmark.sh [FILES] [FOLDER]      (default 100000 files in target/corpus-FILES)
#
# The corpus is made from the seeds by io.github.newswire.bench.SyntheticCorpus (fixed seed, so the
# same every time) and reused if FOLDER exists. Every run reads warm files: the corpus is read once
# before timing. Needs GNU time (/usr/bin/time) for the memory figures.
set -euo pipefail
cd "$(dirname "$0")/.."

files=${1:-100000}
folder=${2:-target/corpus-$files}
heap=${NEWSWIRE_HEAP:--Xmx128m}

./mvnw -q -B -ntp package -DskipTests
classpath="target/test-classes:target/classes:$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
jar=$(ls target/newswire-*-cli.jar)

if [ ! -d "$folder" ]; then
  java -cp "$classpath" io.github.newswire.bench.SyntheticCorpus "$files" "$folder"
fi
megabytes=$(du -sb --apparent-size "$folder" | awk '{printf "%.1f", $1 / 1e6}')

measure() { # label, command...: prints "label seconds peak-RSS-MB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o target/time.txt "$@" > /dev/null
  read -r seconds kilobytes < target/time.txt
  echo "$label $seconds $((kilobytes / 1024))"
}

find "$folder" -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null    # warm the page cache
results=()
results+=("$(measure cat bash -c "find '$folder' -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null")")
results+=("$(measure "parse -j 1" java $heap -jar "$jar" parse -q -j 1 -o target/corpus-j1.jsonl "$folder")")
results+=("$(measure "parse -j 2" java $heap -jar "$jar" parse -q -j 2 -o target/corpus-j2.jsonl "$folder")")
cmp -s target/corpus-j1.jsonl target/corpus-j2.jsonl && same="identical" || same="DIFFERENT"

echo
echo "$files files, $megabytes MB, JVM $heap; -j 1 and -j 2 output: $same"
echo
echo "| run | seconds | MB/s | peak RSS |"
echo "| --- | ---: | ---: | ---: |"
for line in "${results[@]}"; do
  label=${line% * *}; rest=${line#"$label "}; seconds=${rest% *}; rss=${rest#* }
  echo "| \`$label\` | $seconds | $(awk "BEGIN {printf \"%.0f\", $megabytes / $seconds}") | $rss MB |"
done
