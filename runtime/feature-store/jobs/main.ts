import { parseIngestionJobEnv } from './parse-ingestion-job-env';
import { runIngestionJob } from './run-ingestion-job';

/**
 * Entry of the feature ingestion job (the FeatureStore construct's Data Science job, image built from
 * runtime/feature-store/jobs/Dockerfile). Reads the environment the construct sets, runs once, prints
 * one JSON line per feature group, and exits 0 when every group succeeded, 1 when one failed, 2 when
 * the environment is invalid or the store cannot be opened (docs/feature-store-construct.md).
 */
async function main(): Promise<number> {
  let config;
  try {
    config = parseIngestionJobEnv(process.env);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ event: 'feature_ingestion_job', status: 'invalid_environment', error: (err as Error).message })}\n`);
    return 2;
  }
  const result = await runIngestionJob(config);
  return result.failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, (err: Error) => {
  process.stdout.write(`${JSON.stringify({ event: 'feature_ingestion_job', status: 'failed', error: err.message })}\n`);
  process.exitCode = 2;
});
