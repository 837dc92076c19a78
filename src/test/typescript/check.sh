#!/usr/bin/env bash
# The TypeScript client check of issue #15, run by `./mvnw verify` (exec-maven-plugin, integration-test phase):
# types generated from openapi.yaml by openapi-typescript, then integrator.ts type-checked with tsc --strict.
set -euo pipefail
sources=$(cd "$(dirname "$0")" && pwd)
contract="${sources}/../../../openapi.yaml"
# Installed and checked under target/, so that node_modules never lands in the source tree.
work="${sources}/../../../target/typescript-check"

if ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: npm is not on the PATH. The TypeScript client check of ./mvnw verify needs Node.js 18 or newer" >&2
  echo "with npm (Debian: apt-get install nodejs npm; .ci/run installs them when missing)." >&2
  exit 1
fi

rm -rf "${work}"
mkdir -p "${work}"
cp "${sources}/package.json" "${sources}/package-lock.json" "${sources}/tsconfig.json" "${sources}/integrator.ts" "${work}/"
cd "${work}"
npm ci --no-audit --no-fund --loglevel=error
npx --no-install openapi-typescript "${contract}" --output certpath.ts

# tsc exits non-zero on any error, and a natural integrator's program must compile under --strict with none.
npx --no-install tsc --project tsconfig.json --pretty false
echo "TypeScript client check: openapi-typescript $(npx --no-install openapi-typescript --version 2>/dev/null | tail -1)," \
  "tsc $(npx --no-install tsc --version | cut -d' ' -f2): integrator.ts compiles under --strict."
