#!/usr/bin/env bash
# Exercise every headless verb of an installed or frozen PolicyEditor.
#
#   packaging/smoke_verbs.sh WORKDIR SEED.txt COMMAND [ARGS...]
#
# COMMAND is how to run PolicyEditor (e.g. `/tmp/x/PolicyEditor/PolicyEditor`
# or `/tmp/venv/bin/policyeditor`). Everything is written under WORKDIR. The
# checks use only the shell and coreutils (grep, head, wc), so this also runs
# where no Python exists at all; poppler's pdftotext is used when present.
# Exit status 0 when every check passed; the first failure stops the run and
# names the step.
set -euo pipefail

work="${1:?WORKDIR}"; seed="${2:?SEED.txt}"; shift 2
[ $# -gt 0 ] || { echo "smoke: no command given" >&2; exit 2; }
pe=("$@")
mkdir -p "$work"
cd "$work"

step=0
fail() { echo "smoke: FAIL [$step] $*" >&2; exit 1; }
run() {  # run VERB... ; keeps stdout/stderr of the step for diagnosis
  step=$((step + 1))
  echo "smoke: [$step] policyeditor $*"
  if ! "${pe[@]}" "$@" >"out.$step" 2>"err.$step"; then
    echo "--- stderr:" >&2; cat "err.$step" >&2
    fail "policyeditor $* exited non-zero"
  fi
  if grep -q "Traceback" "err.$step"; then fail "traceback on stderr"; fi
}
expect_in() {  # expect_in FILE TEXT
  grep -qF -- "$2" "$1" || fail "$1 does not contain: $2"
}
expect_pdf() {  # expect_pdf FILE TEXT
  [ -s "$1" ] || fail "$1 is missing or empty"
  [ "$(head -c 5 "$1")" = "%PDF-" ] || fail "$1 is not a PDF"
  if command -v pdftotext >/dev/null; then
    pdftotext -q "$1" "$1.txt" || fail "pdftotext could not read $1"
    expect_in "$1.txt" "$2"
  fi
}

cp "$seed" seed.txt
# A revision that adds a processor ("Mixpanel") the original never named, so
# compare has a substantive change to find.
sed 's/Facebook pixels, samt Google Analytics/Facebook pixels, Mixpanel samt Google Analytics/' \
  seed.txt > revised.txt
cmp -s seed.txt revised.txt && fail "the seed no longer contains the sentence the revision edits"
heading="Information som vi samlar in"

run --version
expect_in "out.$step" "PolicyEditor "

run import seed.txt -o ws.policy
[ "$(head -c 15 ws.policy)" = "SQLite format 3" ] || fail "ws.policy is not a workspace"

run export ws.policy --format json -o doc.json
expect_in doc.json "\"sections\""
expect_in doc.json "$heading"
run export ws.policy --format html -o doc.html
expect_in doc.html "<html"
expect_in doc.html "$heading"
run export ws.policy --format md -o doc.md
expect_in doc.md "$heading"
run export ws.policy --format txt -o doc.txt
expect_in doc.txt "$heading"
run export ws.policy --format pdf -o doc.pdf
expect_pdf doc.pdf "$heading"

run save-version ws.policy --label 1.0 --author smoke --note "imported seed"
run import revised.txt -o ws.policy
run history ws.policy --format json
expect_in "out.$step" "\"1.0\""

run compare ws.policy@1.0 ws.policy --format json -o cmp.json
grep -qE '"modified": *[1-9]' cmp.json || fail "compare found no modified section"
expect_in cmp.json "Mixpanel"
run compare seed.txt revised.txt
[ -s "out.$step" ] || fail "compare --format text printed nothing"
run compare seed.txt revised.txt --format pdf -o cmp.pdf
expect_pdf cmp.pdf "Mixpanel"

run save-version ws.policy --label 2.0 --author smoke
run publish ws.policy 2.0 --author smoke --override-reason "smoke test"
run check ws.policy

# Drafting checks: the dictionaries must have come with the install. The seed
# has one finding ("Adsense"), so lint exits 1; a planted typo is suggested right.
step=$((step + 1))
echo "smoke: [$step] policyeditor lint seed.txt (exit 1: findings)"
sed 's/be dig om personuppgifter,/be dig om personuppgifer,/' seed.txt > typo.txt
set +e
"${pe[@]}" lint typo.txt >"out.$step" 2>"err.$step"
rc=$?
set -e
[ "$rc" = 1 ] || { cat "err.$step" >&2; fail "lint exited $rc, expected 1"; }
grep -q "Traceback" "err.$step" && fail "traceback from lint"
expect_in "out.$step" "förslag: personuppgifter"

# Bad input: one clear line on stderr, exit 2, no traceback, nothing created.
step=$((step + 1))
echo "smoke: [$step] policyeditor export missing.txt (must fail cleanly)"
set +e
"${pe[@]}" export missing.txt --format pdf -o never.pdf >"out.$step" 2>"err.$step"
rc=$?
set -e
[ "$rc" = 2 ] || fail "bad input exited $rc, expected 2"
[ "$(wc -l < "err.$step")" -le 1 ] || fail "bad input printed more than one line on stderr"
grep -q "Traceback" "err.$step" && fail "traceback on bad input"
[ ! -e never.pdf ] || fail "bad input left an output file"

echo "smoke: all $step steps passed"
