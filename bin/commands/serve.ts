import { basename } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { ConfigError } from '../../lib/config/config-problem';
import { loadDataQualitySuite } from '../../lib/config/load-data-quality-suite';
import { compileRowValidator, type RowValidator } from '../../runtime/data-quality/compile-row-validator';
import { createTelemetry } from '../../runtime/inference/adapters/create-telemetry';
import { openModel } from '../../runtime/inference/adapters/open-model';
import { createInferenceRouter } from '../../runtime/inference/create-inference-router';
import { ModelSlot } from '../../runtime/inference/model-slot';
import { createInferenceServer } from '../../runtime/inference/server/create-inference-server';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} must be a whole number >= 1, got "${value}"`);
    return n;
  };
}

export interface ServeOptions {
  readonly model: string;
  readonly name?: string;
  readonly sha256?: string;
  readonly modelVersion?: string;
  readonly port: number;
  readonly host: string;
  readonly maxBatch: number;
  readonly maxBodyBytes: number;
  readonly logFeatures: boolean;
  readonly featureNames?: string;
  readonly log: string;
  readonly monitoringCompartment?: string;
  readonly cacheDir?: string;
  /** A data-quality suite whose column checks apply to every request row (needs featureNames). */
  readonly dataQuality?: string;
  readonly dataQualityMode?: 'reject' | 'flag';
}

/** Loads the suite and compiles its row checks for the model's features (exit 1 on a bad suite). */
function dataQualityOption(opts: ServeOptions, out: NodeJS.WritableStream): { validator: RowValidator; mode: 'reject' | 'flag' } | undefined {
  if (!opts.dataQuality) return undefined;
  const mode = opts.dataQualityMode ?? 'reject';
  if (mode !== 'reject' && mode !== 'flag') throw new CliError(`serve: --data-quality-mode must be reject or flag, got "${String(mode)}"`, 1);
  if (!opts.featureNames) throw new CliError('serve: --data-quality needs --feature-names (the model\'s input columns, which the suite\'s columns are matched to)', 1);
  try {
    const validator = compileRowValidator(loadDataQualitySuite(opts.dataQuality).suite, opts.featureNames.split(','));
    out.write(`serve: data quality (${mode}): ${validator.checks.length ? validator.checks.join(', ') : 'no suite column is a feature: nothing checked'}\n`);
    return { validator, mode };
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message, 1);
    throw new CliError(`serve: --data-quality ${opts.dataQuality}: ${(err as Error).message.replace(/^compileRowValidator: /, '')}`, 1);
  }
}

/**
 * Runs `oci-mlops serve`: loads and verifies the model, then serves it over HTTP until SIGTERM/SIGINT,
 * on which it drains in-flight requests and exits. A model that fails to load or verify leaves the
 * server up with `/ready` false and predictions answering 503 with the reason (so the failure is
 * visible to probes and clients); `--require-model` makes it exit instead.
 */
export async function runServe(opts: ServeOptions & { requireModel?: boolean }, out: NodeJS.WritableStream = process.stderr): Promise<() => Promise<void>> {
  const name = opts.name ?? basename(opts.model).replace(/\.onnx$/i, '');
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(name)) throw new CliError(`serve: --name must be 1-128 letters, digits, '.', '_' or '-', got "${name}"`, 2);
  const dataQuality = dataQualityOption(opts, out);
  const slot = new ModelSlot(name);
  const router = createInferenceRouter({ slot, maxBatch: opts.maxBatch, maxBodyBytes: opts.maxBodyBytes, logFeatures: opts.logFeatures, featureNames: opts.featureNames?.split(','), dataQuality, observe: (e) => telemetry.observe(e) });
  const log = opts.log === 'stdout' || opts.log === 'none' ? opts.log : { logId: opts.log };
  const telemetry = await createTelemetry(slot, { log, monitoringCompartmentId: opts.monitoringCompartment }, () => router.observerFailures);
  const server = createInferenceServer({ router, slot, telemetry });
  const state = await slot.load(() => openModel({ model: opts.model, name, sha256: opts.sha256, version: opts.modelVersion, cacheDir: opts.cacheDir }));
  if (state.status === 'failed') {
    if (opts.requireModel) {
      await telemetry.close();
      throw new CliError(`serve: ${state.reason}`, 1);
    }
    out.write(`serve: model NOT ready, predictions answer 503: ${state.reason}\n`);
  }
  let port: number;
  try {
    port = await server.listen(opts.port, opts.host);
  } catch (err) {
    await telemetry.close();
    throw new CliError(`serve: cannot listen on ${opts.host}:${opts.port}: ${(err as Error).message}`, 1);
  }
  if (state.status === 'ready') {
    const sig = state.model.signature;
    out.write(`serve: ${sig.name} ${sig.version} (${sig.kind}, ${sig.input.features} features) ready on http://${opts.host}:${port} - POST /predict\n`);
  }
  return () => server.close();
}

/** `oci-mlops serve --model FILE.onnx [--name NAME] [--sha256 HEX] [--port N] [--max-batch N] [--max-body-bytes N]` */
export const registerServe: CommandRegistrar = (program: Command) => {
  program
    .command('serve')
    .description('Serve an ONNX model over HTTP: /predict, /models/<name>/predict, KServe V1, Open Inference Protocol V2, /health, /ready, /metrics.')
    .requiredOption('--model <file>', 'ONNX model: a local file or oci://<bucket>@<namespace>/<object>')
    .option('--name <name>', 'model name in routes and logs (default: the file name without .onnx)')
    .option('--sha256 <hex>', 'expected SHA-256 of the model (default: FILE.onnx.sha256 beside a local model)')
    .option('--model-version <version>', 'version reported in responses (default: ONNX metadata model_version, else sha256:<12 digits>)')
    .option('--port <n>', 'TCP port', positiveInt('--port'), 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--max-batch <n>', 'most rows per request', positiveInt('--max-batch'), 1000)
    .option('--max-body-bytes <n>', 'largest request body in bytes (413 above it)', positiveInt('--max-body-bytes'), 1048576)
    .option('--no-log-features', 'leave feature values out of prediction logs')
    .option('--feature-names <a,b,c>', 'names of the feature columns, logged with the rows for the drift monitor')
    .option('--log <target>', 'prediction logs: stdout, none, or an OCI Logging log OCID', 'stdout')
    .option('--monitoring-compartment <ocid>', 'post custom metrics (mlops_inference) to OCI Monitoring in this compartment')
    .option('--cache-dir <dir>', 'disk cache for models fetched from Object Storage')
    .option('--data-quality <SUITE.yaml>', "check each request row against the suite's column checks (needs --feature-names)")
    .option('--data-quality-mode <mode>', 'reject: answer 422 with one detail per violation; flag: serve and count violations', 'reject')
    .option('--require-model', 'exit with an error when the model cannot be loaded, instead of serving 503')
    .action(async (opts: ServeOptions & { requireModel?: boolean }) => {
      const close = await runServe(opts);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stderr.write(`serve: ${signal}: finishing in-flight requests\n`);
          void close().then(resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
};
