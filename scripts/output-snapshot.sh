#!/usr/bin/env bash
# Writes what the command-line tool prints for a mixed directory of every format, and for the same
# files in a tar.gz and a zip, into OUT_DIR, so that two builds can be compared byte for byte
# (diff -r), as for a refactoring that must not change output. Timings are taken out of the
# summaries. Usage: scripts/output-snapshot.sh CLI_JAR OUT_DIR
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/mixed"
cp "$root"/seeds/* "$work/mixed/"
find "$root/src/test/resources/formats" -maxdepth 1 -type f -exec cp {} "$work/mixed/" \;
(cd "$work/mixed" && tar czf "$work/mixed.tar.gz" . && jar cf "$work/mixed.zip" .)
run() {
  local name=$1
  shift
  local status=0
  (cd "$work" && java -jar "$jar" "$@") > "$out/$name.out" 2> "$out/$name.err" || status=$?
  sed -i 's/ in [0-9.]* s ([0-9.]* MB\/s)//' "$out/$name.err"
  echo "exit $status" >> "$out/$name.err"
}
run parse parse -j 1 mixed
run ninjs parse -j 2 --format ninjs mixed
run sentences parse --sentences mixed
run archives parse mixed.tar.gz mixed.zip
run check check mixed mixed.tar.gz
for format in vns nitf newsml-g2 newsml ninjs anpa iptc7901; do
  run "forced-$format" parse --input-format "$format" mixed
done
