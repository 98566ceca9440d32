#!/usr/bin/env bash
# Runs the test layers:  bash scripts/test.sh [all|unit|integration|e2e] [vitest args...]
# One vitest run for the chosen projects (one throwaway PostgreSQL for the whole run,
# see test/global-setup.ts; set TEST_DATABASE_URL to use a server of your own).
# The last line printed is `N passed, N failed`; the exit status is non-zero when
# anything failed, vitest failed, or no test ran.
set -uo pipefail

cd "$(dirname -- "${BASH_SOURCE[0]}")/.." || exit 1

fail() {
	echo "test.sh: $*" >&2
	echo "0 passed, 1 failed"
	exit 1
}

layer="${1:-all}"
[ $# -eq 0 ] || shift
case "$layer" in
all) projects=(unit integration e2e) ;;
unit | integration | e2e) projects=("$layer") ;;
*) echo "usage: bash scripts/test.sh [all|unit|integration|e2e] [vitest args...]" >&2; exit 2 ;;
esac

command -v node >/dev/null || fail "node is not installed (need Node.js >= 20.19)"
node -e '
	const [a, b] = process.versions.node.split(".").map(Number);
	process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1);
' || fail "Node.js >= 20.19 is needed, this is $(node --version)"
[ -d node_modules ] && [ -x node_modules/.bin/vitest ] || fail "node_modules is missing: run npm ci first"

# Lint and format first (Biome): cheap, and a red line here says exactly where.
echo "test.sh: lint and format (biome ci)"
node_modules/.bin/biome ci --reporter=summary . || fail "lint or format check failed: run npm run format, then npm run lint"

# Types next: Vitest runs TypeScript without checking it.
echo "test.sh: type-checking server, tests and web"
node_modules/.bin/tsc -p tsconfig.test.json --noEmit || fail "the TypeScript type check failed (tsconfig.test.json)"
node_modules/.bin/tsc -p web/tsconfig.json --noEmit || fail "the TypeScript type check failed (web/tsconfig.json)"

# The PDF tests (test/api/pdf.test.ts and the print test) read the documents with poppler-utils.
if [[ " ${projects[*]} " == *" integration "* || " ${projects[*]} " == *" e2e "* ]]; then
	bash scripts/ensure-poppler.sh || fail "poppler-utils (pdfinfo, pdftotext) are needed for the PDF tests"
fi

if [[ " ${projects[*]} " == *" e2e "* ]]; then
	bash scripts/ensure-chromium.sh || fail "Chromium is needed for the e2e tests"
	echo "test.sh: building the production bundle (npm run build)"
	npm run build || fail "npm run build failed"
	[ -f dist/server/main.js ] || fail "npm run build did not produce dist/server/main.js"
elif [[ " ${projects[*]} " == *" integration "* ]]; then
	# test/cli runs the built growthmap command: build when the sources are newer than the last build.
	if [ ! -f dist/.built ] || [ -n "$(find src web content package.json tsconfig.json -newer dist/.built -print -quit)" ]; then
		echo "test.sh: building for the command-line tests (npm run build)"
		npm run build || fail "npm run build failed"
	fi
	[ -f dist/cli/main.js ] || fail "npm run build did not produce dist/cli/main.js"
fi

if [ -z "${TEST_DATABASE_URL:-}" ]; then
	bash scripts/postgres.sh ensure || fail "PostgreSQL server binaries are needed"
fi

results=.test-results/results.json
mkdir -p .test-results
rm -f "$results"

args=(run)
for p in "${projects[@]}"; do args+=(--project "$p"); done
args+=(--reporter=default --reporter=json "--outputFile.json=$results")

# The local binary rather than npx: same vitest, without npm's own warnings.
node_modules/.bin/vitest "${args[@]}" "$@"
vitest_status=$?

node scripts/test-summary.mjs "$results"
summary_status=$?

if [ "$vitest_status" -ne 0 ] || [ "$summary_status" -ne 0 ]; then
	exit 1
fi
exit 0
