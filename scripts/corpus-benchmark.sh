#!/usr/bin/env bash
# Measures the command-line tool on a synthetic corpus: `cat` of every file against the README's
# command `bin/newswire parse -q -o out.jsonl DIR` (all cores), the same with `-j 1`, the same without
# the class data sharing archive, and `java -jar` without the launcher's JVM options, with wall time,
# MB/s and peak memory (RSS), as in docs/performance.md.
#
#   scripts/corpus-benchmark.sh [FILES] [FOLDER]      (default 100000 files in target/corpus-FILES)
#
# The corpus is made from the seeds by io.github.newswire.bench.SyntheticCorpus (fixed seed, so the
# same every time) and reused if FOLDER exists. Every run reads warm files: the corpus is read once
# before timing. Each command runs NEWSWIRE_RUNS times (default 5), the three interleaved, and the
# table gives the median time (a shared virtual machine varies by 20 % and more from run to run),
# the fastest and slowest, and the highest peak memory. The JVMs run with their defaults (set
# NEWSWIRE_HEAP to add options, e.g. -Xmx128m), as a user runs them. Then, to tell the work from the cold JVM,
# io.github.newswire.cli.WarmRounds runs each parse 6 times in one JVM; the median of rounds 3 to 6
# is the warm time. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

files=${1:-100000}
folder=${2:-target/corpus-$files}
heap=${NEWSWIRE_HEAP:-}     # extra JVM options for every run, e.g. -Xmx128m; none by default

./mvnw -q -B -ntp package -DskipTests
classpath="target/test-classes:target/classes:$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
jar=$(ls target/newswire-*-cli.jar)

if [ ! -d "$folder" ]; then
  java -cp "$classpath" io.github.newswire.bench.SyntheticCorpus "$files" "$folder"
fi
megabytes=$(du -sb --apparent-size "$folder" | awk '{printf "%.1f", $1 / 1e6}')

runs=${NEWSWIRE_RUNS:-5}
# The JVM options bin/newswire gives (its default collector, then the rest), read from the script so
# that the warm rounds run as it does; stop if the script no longer has the lines looked for.
collector=$(sed -n 's/^ *\*) collector=\(.*\) ;;$/\1/p' bin/newswire)
options=$(sed -n 's/^exec "$java" $collector \(.*\) ${NEWSWIRE_JAVA_OPTS.*/\1/p' bin/newswire)
if [ -z "$collector" ] || [ -z "$options" ]; then
  echo "corpus-benchmark: cannot read the JVM options from bin/newswire" >&2
  exit 1
fi
launcher_options="$collector $options"
measure() { # label, command...: appends "label seconds peak-RSS-MB" to target/corpus-times.txt
  local label=$1; shift
  # Each run starts alike: nothing of an earlier run's output still waiting to be written to disk
  # (writing back 363 MB of JSON during the next run slowed that run by a second).
  sync
  /usr/bin/time -f "%e %M" -o target/time.txt "$@" > /dev/null
  read -r seconds kilobytes < target/time.txt
  echo "$label $seconds $((kilobytes / 1024))" >> target/corpus-times.txt
}

find "$folder" -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null    # warm the page cache
# The launcher on a copy of the jar that has no archive beside it: the JVM starts without one.
mkdir -p target/no-archive
cp "$jar" target/no-archive/
plain_jar=target/no-archive/$(basename "$jar")
: > target/corpus-times.txt
same="identical"
for run in $(seq "$runs"); do
  rm -f target/corpus-*.jsonl   # new files, as a first run makes
  measure cat bash -c "find '$folder' -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null"
  NEWSWIRE_JAR=$jar NEWSWIRE_JAVA_OPTS=$heap measure readme bin/newswire parse -q -o target/corpus-readme.jsonl "$folder"
  NEWSWIRE_JAR=$jar NEWSWIRE_JAVA_OPTS=$heap measure j1 bin/newswire parse -q -j 1 -o target/corpus-j1.jsonl "$folder"
  NEWSWIRE_JAR=$plain_jar NEWSWIRE_JAVA_OPTS=$heap measure noarchive bin/newswire parse -q -o target/corpus-noarchive.jsonl "$folder"
  measure plain java $heap -jar "$jar" parse -q -o target/corpus-plain.jsonl "$folder"
  for other in j1 noarchive plain; do
    cmp -s target/corpus-readme.jsonl "target/corpus-$other.jsonl" || same="DIFFERENT"
  done
done

median() { # label: the median seconds of its runs
  awk -v l="$1" '$1 == l {print $2}' target/corpus-times.txt | sort -n \
    | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
row() { # label, name shown
  local times; times=$(awk -v l="$1" '$1 == l {print $2}' target/corpus-times.txt | sort -n)
  local m; m=$(median "$1")
  echo "| \`$2\` | $m | $(awk "BEGIN {printf \"%.0f\", $megabytes / $m}") | $(echo "$times" | head -1)–$(echo "$times" | tail -1) | $(awk -v l="$1" '$1 == l && $3 > m {m = $3} END {print m}' target/corpus-times.txt) MB |"
}

echo
echo "$files files, $megabytes MB, extra JVM options: ${heap:-none}, $runs runs each; the outputs: $same"
echo
echo "| run | median seconds | MB/s | fastest–slowest | peak RSS |"
echo "| --- | ---: | ---: | ---: | ---: |"
row cat cat
row readme "bin/newswire parse -q -o out.jsonl DIR"
row j1 "bin/newswire parse -j 1"
row noarchive "bin/newswire parse, no archive"
row plain "java -jar … parse"
for j in 1 2; do
  java $heap $launcher_options -cp "$classpath" io.github.newswire.cli.WarmRounds 6 parse -q -j $j -o target/corpus-warm.jsonl "$folder" \
    | awk -v l="warm$j" '$2 >= 3 {print l, $3, 0}' >> target/corpus-times.txt
done
echo "| \`bin/newswire parse -j 1\`, warm | $(median warm1) | $(awk "BEGIN {printf \"%.0f\", $megabytes / $(median warm1)}") | | |"
echo "| \`bin/newswire parse -j 2\`, warm | $(median warm2) | $(awk "BEGIN {printf \"%.0f\", $megabytes / $(median warm2)}") | | |"
echo
awk -v c="$(median cat)" -v r="$(median readme)" -v a="$(median j1)" -v n="$(median noarchive)" -v p="$(median plain)" -v wb="$(median warm2)" 'BEGIN {
  printf "README command time / cat time: %.2f (target at most 2); without the archive: %.2f; java -jar: %.2f; warm -j 2: %.2f\n", r / c, n / c, p / c, wb / c
  printf "all cores against -j 1: %.2f x faster\n", a / r }'
