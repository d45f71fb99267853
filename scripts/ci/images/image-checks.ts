import { probeCanaryGate } from './probes/canary-gate';
import { probeGovernance } from './probes/governance';
import { probeInference } from './probes/inference';
import { probeIngestionJob } from './probes/ingestion-job';
import { probeMlflow } from './probes/mlflow';
import { probeMonitor } from './probes/monitor';
import { type Probe } from './probes/probe';
import { probePredictProxy } from './probes/predict-proxy';

/** How one of the project's images is built and proven to start. */
export interface ImageCheck {
  readonly name: string;
  /** Relative to the repository root. */
  readonly dockerfile: string;
  /** The build context its docs give to `docker build`, relative to the repository root. */
  readonly context: string;
  readonly probe: Probe;
  /**
   * Packages the image's code may require without having them, each with the reason.
   * @default - none: every require must resolve inside the image
   */
  readonly optionalModules?: Readonly<Record<string, string>>;
}

/**
 * Every Dockerfile of the project with its probe. check-images.ts fails on a Dockerfile under
 * functions/ or runtime/ that is not listed, so a new image cannot go unchecked. Images whose build
 * stages share a RUN layer follow each other (the job and the monitor; inference, canary gate, proxy).
 */
export const IMAGE_CHECKS: readonly ImageCheck[] = [
  { name: 'mlflow-server', dockerfile: 'runtime/mlflow-server/Dockerfile', context: 'runtime/mlflow-server', probe: probeMlflow },
  {
    name: 'feature-ingestion-job', dockerfile: 'runtime/feature-store/jobs/Dockerfile', context: '.', probe: probeIngestionJob,
    optionalModules: {
      'better-sqlite3': 'embedded store only (OCI_MLOPS_FEATURE_STORE_DIR); the image runs against Autonomous Database (scripts/build-ingestion-job.ts)',
      vertx: 'the bundled es6-promise probes for Vert.x inside try/catch',
      encoding: 'the bundled node-fetch loads its optional charset converter inside try/catch',
    },
  },
  { name: 'monitor', dockerfile: 'functions/monitor/Dockerfile', context: '.', probe: probeMonitor },
  { name: 'governance', dockerfile: 'functions/governance/Dockerfile', context: '.', probe: probeGovernance },
  { name: 'inference', dockerfile: 'functions/inference/Dockerfile', context: '.', probe: probeInference },
  { name: 'canary-gate', dockerfile: 'functions/canary-gate/Dockerfile', context: '.', probe: probeCanaryGate },
  { name: 'predict-proxy', dockerfile: 'functions/predict-proxy/Dockerfile', context: '.', probe: probePredictProxy },
];
