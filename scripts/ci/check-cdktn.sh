#!/usr/bin/env bash
# CDK Terrain (cdktn, the maintained continuation of cdktf) synthesizes the same stacks as cdktf,
# apart from the version string. Runs in a scratch copy so the project's node_modules stay on cdktf.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
npm run -s synth -- --out "$scratch/from-cdktf/cdktf.out" >/dev/null
mkdir -p "$scratch/repo"
tar --exclude=./node_modules --exclude=./cdktf.out --exclude=./.git --exclude=./dist -cf - . | tar -xf - -C "$scratch/repo"
cp -r node_modules "$scratch/repo/node_modules"
(cd "$scratch/repo" && npm install --no-audit --no-fund --no-save --ignore-scripts cdktf@npm:cdktn@0.24.0 constructs@10.7.2 >/dev/null)
node -e 'const p=require(process.argv[1]); if(!/^0\.24\./.test(p.version)) {console.error("cdktf is not cdktn 0.24 in the scratch copy: "+p.name+"@"+p.version); process.exit(1)}' "$scratch/repo/node_modules/cdktf/package.json"
(cd "$scratch/repo" && npm run -s synth -- --out "$scratch/from-cdktn/cdktf.out" >/dev/null)
npx tsx scripts/ci/compare-stacks.ts --ignore-version "$scratch/from-cdktf/cdktf.out" "$scratch/from-cdktn/cdktf.out"
