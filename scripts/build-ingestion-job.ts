import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * Bundles the feature ingestion job (runtime/feature-store/jobs/main.ts) with its runtime dependencies
 * (OCI SDK clients, oracledb thin mode, zod, fflate) into one JavaScript file for Node.js 20. Native
 * modules stay out: DuckDB (data-quality checks of a poll) is installed beside the bundle from the job's
 * package.json; better-sqlite3 (the embedded store's online side) is not, since the image runs against
 * Autonomous Database (OCI_MLOPS_FEATURE_STORE_DIR needs it installed beside the bundle).
 *
 * Usage: `tsx scripts/build-ingestion-job.ts [OUTFILE]` (default dist/ingestion-job/main.js).
 *
 * @param outfile - where the bundle goes
 * @returns the bundle's size in bytes
 */
export async function buildIngestionJob(outfile: string): Promise<number> {
  const result = await build({
    entryPoints: [resolve(__dirname, '../runtime/feature-store/jobs/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', '@duckdb/node-api', '@duckdb/node-bindings'],
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}

if (require.main === module) {
  const outfile = process.argv[2] ?? 'dist/ingestion-job/main.js';
  buildIngestionJob(outfile).then(
    (bytes) => process.stdout.write(`${outfile}: ${(bytes / 1e6).toFixed(1)} MB\n`),
    (err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
