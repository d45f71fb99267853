import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { FunctionsFunction } from '../../.gen/providers/oci/functions-function';
import { outside, runChecks } from '../private/checks';
import { FUNCTION_MEMORY_MIB } from '../../runtime/contract/function-memory-mib';
import { ocirImageProblem } from '../private/ocir';

export { FUNCTION_MEMORY_MIB };
export type FunctionMemoryMib = (typeof FUNCTION_MEMORY_MIB)[number];

export interface OciFunctionProps {
  /** Functions application the function belongs to (its subnet, shape and logs). */
  readonly applicationId: string;
  /** Display name, unique in the application. */
  readonly displayName: string;
  /** OCIR image, by tag or by digest (`...@sha256:<digest>`). */
  readonly image: string;
  /**
   * Memory in MB: 128, 256, 512, 1024, 2048 or 3072.
   * @default 256
   */
  readonly memoryMib?: FunctionMemoryMib;
  /**
   * Timeout of a synchronous invocation in seconds, 5-300.
   * @default 30
   */
  readonly timeoutSec?: number;
  /**
   * Provisioned concurrency units kept warm (no cold starts up to this load); 0 turns it off.
   * @default 0
   */
  readonly provisionedConcurrency?: number;
  /**
   * Configuration passed to the function as environment variables (values are strings, keys are
   * letters, digits and underscores; at most 4 KB in all).
   * @default {}
   */
  readonly config?: Record<string, string>;
  /**
   * Trace invocations with OCI APM (the application's trace config must be on too).
   * @default false
   */
  readonly enableTracing?: boolean;
}

/**
 * Defines an OCI Function with OCI's limits checked before synthesis: image from OCIR, memory
 * from the allowed sizes, timeout, provisioned concurrency and configuration size.
 */
export class OciFunction extends Construct {
  readonly resource: FunctionsFunction;
  readonly functionId: string;
  /** HTTPS endpoint that invokes the function (`<invoke endpoint>/20181201/functions/<id>/actions/invoke`). */
  readonly invokeEndpoint: string;

  constructor(scope: Construct, id: string, props: OciFunctionProps) {
    super(scope, id);
    const memory = props.memoryMib ?? 256;
    const config = props.config ?? {};
    const configBytes = Object.entries(config).reduce((n, [k, v]) => n + Buffer.byteLength(k) + (Token.isUnresolved(v) ? 0 : Buffer.byteLength(v)), 0);
    const badKey = Object.keys(config).find((k) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
    const image = ocirImageProblem('image', props.image);
    runChecks(this.node.path, props, [
      { fails: () => image !== null, message: () => image! },
      { fails: () => !Token.isUnresolved(memory) && !(FUNCTION_MEMORY_MIB as readonly number[]).includes(memory), message: () => `memoryMib must be one of ${FUNCTION_MEMORY_MIB.join(', ')}, got ${memory}` },
      { fails: (p) => outside(p.timeoutSec, 5, 300), message: (p) => `timeoutSec must be an integer from 5 to 300 seconds, got ${p.timeoutSec}` },
      { fails: (p) => outside(p.provisionedConcurrency, 0, 10000), message: (p) => `provisionedConcurrency must be an integer from 0 to 10000, got ${p.provisionedConcurrency}` },
      { fails: () => badKey !== undefined, message: () => `config keys must be letters, digits and "_" starting with a letter or "_", got ${JSON.stringify(badKey)}` },
      { fails: () => configBytes > 4096, message: () => `config must be at most 4096 bytes in all, got ${configBytes}` },
    ]);
    const digest = /@(sha256:[a-f0-9]{64})$/.exec(props.image)?.[1];
    const pcu = props.provisionedConcurrency ?? 0;
    this.resource = new FunctionsFunction(this, 'Resource', {
      applicationId: props.applicationId,
      displayName: props.displayName,
      image: props.image,
      imageDigest: digest,
      memoryInMbs: String(memory),
      timeoutInSeconds: props.timeoutSec ?? 30,
      config: Object.keys(config).length ? config : undefined,
      provisionedConcurrencyConfig: pcu > 0 ? { strategy: 'CONSTANT', count: pcu } : { strategy: 'NONE' },
      traceConfig: { isEnabled: props.enableTracing ?? false },
    });
    this.functionId = this.resource.id;
    this.invokeEndpoint = this.resource.invokeEndpoint;
  }
}
