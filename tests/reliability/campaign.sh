#!/usr/bin/env bash
# The reliability campaign (docs/RELIABILITY.md). CI runs its short form through ctest
# (label "reliability"); this runs the long form by hand:
#   tests/reliability/campaign.sh [BUILD_DIR]          default build/dev
# Long form: every page of the damaged-page sweep, 30 SIGKILLs each during import, demo data,
# bill run and payment, and the hostile spreadsheets with a 100,000-row valid sheet too.
# LINLI_KILL_SEED=N repeats a sequence of kill moments.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$here/build/dev}
export LINLI_DAMAGE_PAGES=all LINLI_KILL_ROUNDS=${LINLI_KILL_ROUNDS:-30} LINLI_HOSTILE=long
start=$SECONDS
status=0
run() {
  local log rc
  echo "== $1"
  log=$("$build/tests/$1" 2>&1)
  rc=$?
  grep -E '^(PASS|FAIL|QDEBUG|Totals)|Loc:' <<<"$log"
  [[ $rc == 0 ]] || status=1
}
for t in cli/tst_cli_damage cli/tst_cli_kill cli/tst_cli_hostile storage/tst_busy storage/tst_crash; do
  run "$t"
done
echo "campaign took $((SECONDS - start)) s: $([[ $status == 0 ]] && echo passed || echo FAILED)"
exit $status
