/**
 * The example app as cdktf runs it (`npx cdktf synth`, `cdktf deploy`): the `app` of cdktf.json.
 * `oci-mlops synth` builds the same app through bin/commands/synth.ts.
 */
import { join } from 'node:path';
import { buildExampleApp } from './app';
import { loadExampleConfig } from './load-example-config';

const config = loadExampleConfig({ teamsDir: process.env.OCI_MLOPS_TEAMS_DIR ?? join(__dirname, 'teams') });
buildExampleApp({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out', ...config }).synth();
