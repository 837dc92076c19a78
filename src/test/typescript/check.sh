#!/usr/bin/env bash
# The TypeScript client check of issue #15, run by `./mvnw verify` (exec-maven-plugin, integration-test phase):
# types generated from openapi.yaml by openapi-typescript, then integrator.ts type-checked with tsc --strict.
# A contract that still produces known errors lists them, exactly, in errors-before-contract-1.0.txt: the
# check fails on any other error and on a listed error that no longer occurs, so the list only ever shrinks.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: npm is not on the PATH. The TypeScript client check of ./mvnw verify needs Node.js 18 or newer" >&2
  echo "with npm (Debian: apt-get install nodejs npm; .ci/run installs them when missing)." >&2
  exit 1
fi

generated=../../../target/generated-test-sources/typescript
mkdir -p "${generated}"
npm ci --no-audit --no-fund --loglevel=error
npx --no-install openapi-typescript ../../../openapi.yaml --output "${generated}/certpath.ts"

known=errors-before-contract-1.0.txt
found="${generated}/tsc-errors.txt"
# tsc exits non-zero on any error; its diagnostics, one per line without --pretty, are what is compared.
npx --no-install tsc --project tsconfig.json --pretty false | grep -E '^[^ ].*: error TS[0-9]+' > "${found}" || true
expected="${generated}/tsc-errors-expected.txt"
if [ -f "${known}" ]; then
  grep -v '^#' "${known}" > "${expected}" || true
else
  : > "${expected}"
fi
if ! diff -u --label "expected (${known})" "${expected}" --label "tsc --strict" "${found}"; then
  echo "ERROR: tsc --strict errors on integrator.ts differ from ${known} (+ new, - gone: take gone ones off the list)." >&2
  exit 1
fi
echo "TypeScript client check: openapi-typescript $(npx --no-install openapi-typescript --version 2>/dev/null | tail -1)," \
  "tsc $(npx --no-install tsc --version | cut -d' ' -f2), $(wc -l < "${found}") known contract error(s)."
