#!/usr/bin/env bash
# The library as users get it: build, `npm pack`, install the tarball into a scratch CDKTF project
# and synthesize a stack with MlopsPlatform from it; the CLI from the tarball answers too.
# The override replaces a GitHub-hosted transitive dependency of @stdlib/stats-chi2test with its
# registry release, since this machine reaches only the npm registry (the project's own package.json
# carries the same override).
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
npm run -s build
tarball=$(npm pack --silent --pack-destination "$scratch" | tail -1)
tar -tzf "$scratch/$tarball" >"$scratch/contents.txt"
grep -q '^package/dist/.gen/providers/oci/core-vcn/index.js$' "$scratch/contents.txt" || { echo "tarball lacks the OCI bindings"; exit 1; }
grep -q '^package/bin/oci-mlops.cjs$' "$scratch/contents.txt" || { echo "tarball lacks the oci-mlops command"; exit 1; }
cdktf_version=$(node -p 'require("cdktf/package.json").version')
constructs_version=$(node -p 'require("constructs/package.json").version')
mkdir -p "$scratch/app"
cat >"$scratch/app/package.json" <<JSON
{ "name": "scratch-platform", "private": true, "version": "0.0.0",
  "dependencies": { "oci-mlops": "file:../$tarball", "cdktf": "$cdktf_version", "constructs": "$constructs_version" },
  "overrides": { "@stdlib/ndarray-dtype-ctor": "0.1.1" } }
JSON
cat >"$scratch/app/main.js" <<'JS'
const { App, TerraformStack } = require('cdktf');
const { MlopsPlatform, OciProvider, isOcid } = require('oci-mlops');
const app = new App({ outdir: 'cdktf.out', stackTraces: false });
const stack = new TerraformStack(app, 'mlops');
new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
new MlopsPlatform(stack, 'Platform', {
  tenancyId: 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a',
  parentCompartmentId: 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
  region: 'eu-frankfurt-1', name: 'scratch', experimentTracking: false,
});
if (!isOcid('ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a', ['tenancy'])) throw new Error('isOcid');
app.synth();
JS
# Install scripts off: the scratch app needs the constructs, not the native runtime addons.
(cd "$scratch/app" && npm install --no-audit --no-fund --prefer-offline --ignore-scripts >/dev/null && node main.js)
node -e '
const out = require(process.argv[1]);
const n = Object.values(out.resource).reduce((a, r) => a + Object.keys(r).length, 0);
if (!out.resource.oci_core_vcn || !out.resource.oci_kms_key) { console.error("stack from the tarball lacks the VCN or the key"); process.exit(1); }
console.log(`tarball ${process.argv[2]}: synthesized a stack of ${n} resources with MlopsPlatform`);
' "$scratch/app/cdktf.out/stacks/mlops/cdk.tf.json" "$tarball"
# The stack a user synthesizes from the tarball holds no value the OCI API refuses either.
api_values=../shared/tools/api-values/api-values
if command -v python3 >/dev/null && [ -x "$api_values" ]; then
  "$api_values" "$scratch/app/cdktf.out"
else
  echo "python3 or $api_values missing: skipping api-values on the scratch stack"
fi
(cd "$scratch/app" && npx oci-mlops --help | head -1)
