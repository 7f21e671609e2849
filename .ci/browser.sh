#!/usr/bin/env bash
# CI step: the simulator's web console in a real headless Chromium. Builds the simulator, and
# scripts/browser/console.ts starts it as its real binary (dist/cli.js, with an admin token), walks
# the story of issue 12 (a refused call appears in the live journal with its reason, the missing
# onboarding step is fixed from the console, the repeated call succeeds), checks every page
# (load time, axe-core, CSP, no other origin, "try it" in the API docs) and stops everything it
# started, whatever happens. Screenshots and summary.md stay in artifacts/console/ (ignored by
# git) for CI to keep.
#
# No browser download is reachable here, so Playwright drives Debian's chromium, installed when
# missing; CHROMIUM_PATH points elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z ${CHROMIUM_PATH:-} ]] && ! command -v chromium >/dev/null; then
  echo 'installing chromium (Debian)' >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# The simulator and the packages it depends on (turbo builds those first: ^build).
npx -y pnpm@10 exec turbo run build --filter=@skattedeling/simulator --output-logs=errors-only
# The pinned Node 24 (the root devDependency), which runs the TypeScript script as it is.
node_modules/.bin/node scripts/browser/console.ts
