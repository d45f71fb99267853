#!/usr/bin/env bash
# `npx cdktf synth` (cdktf-cli, app from cdktf.json) gives the same stacks as `npm run synth`.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
CHECKPOINT_DISABLE=1 npx cdktf synth >"$scratch/cdktf-cli.log" 2>&1 || { cat "$scratch/cdktf-cli.log"; exit 1; }
cp -r cdktf.out "$scratch/from-cdktf-cli"
npm run -s synth
npx tsx scripts/ci/compare-stacks.ts "$scratch/from-cdktf-cli" cdktf.out
