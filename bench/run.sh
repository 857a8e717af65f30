#!/usr/bin/env bash
# Runs the benchmarks the way docs/PERFORMANCE.md reports them and prints the machine facts
# that go with the figures. Usage: bench/run.sh [build dir] [extra Google Benchmark flags]
# Build first:  cmake --build <build dir> --target linli_benchmarks
# Figures are only comparable on an idle machine: check the load average it prints.
set -euo pipefail
build=${1:-build/dev}
shift || true
flags=(--benchmark_repetitions=3 --benchmark_report_aggregates_only=true "$@")

echo "date:    $(date -u +%Y-%m-%dT%H:%MZ)"
echo "commit:  $(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "cpus:    $(nproc), $(lscpu | sed -n 's/^Model name: *//p')"
echo "memory:  $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "disk:    $(df -T "${LINLI_BENCH_DIR:-${TMPDIR:-/tmp}}" | awk 'NR == 2 {print $2, $1}')"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/bench_core" "${flags[@]}"
"$build/bench/bench_storage" "${flags[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
