#!/usr/bin/env bash
# Runs every benchmark of benchmarks/README.md on this machine, a few minutes in all on 2 cores:
#   1. builds the benchmarks jar and the command line (tests skipped);
#   2. runs the JMH benchmarks (one fork, 3 warm-up and 5 measured iterations of 3 s, allocation by -prof gc);
#   3. times `iga score` on the generated 546-region dataset, JVM start included (hyperfine when installed,
#      else /usr/bin/time, 10 runs).
# The 1-minute load average is printed before and after each step: compare figures only from a quiet machine.
# BUILD_DIR names the build folder (default target); extra arguments go to JMH (a benchmark name, say).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-target}"
load() { echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"; }

mvn -B -q -Dquick -DskipTests -Dbuild.dir.name="$build" -pl benchmarks,iga-cli -am package

echo "== JMH"
load
java -jar "benchmarks/$build/benchmarks.jar" -f 1 -wi 3 -w 3s -i 5 -r 3s -prof gc "$@"
load

echo "== iga score, end to end: 546 regions"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xmx1g -jar "iga-cli/$build/iga-cli.jar")
"${cli[@]}" generate --year 2024 --regions all --seed 2024 > "$work/national-2024.jsonl"
echo "dataset: $(wc -l < "$work/national-2024.jsonl") regions, $(wc -c < "$work/national-2024.jsonl") bytes"
load
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 2 --runs 10 "${cli[*]} score --format csv $work/national-2024.jsonl"
else
  for run in 1 2 3 4 5 6 7 8 9 10; do
    /usr/bin/time -f "run $run: %e s wall, %M KB" "${cli[@]}" score --format csv "$work/national-2024.jsonl" > /dev/null
  done
fi
load
