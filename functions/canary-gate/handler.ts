import { z } from 'zod';
import { type CanaryThresholds, CanaryThresholdsSchema } from '../../runtime/canary/canary-thresholds-schema';
import { decideCanary } from '../../runtime/canary/decide-canary';
import { type CanaryWindowQuery } from '../../runtime/canary/adapters/fetch-canary-window';
import { type CanaryEvidence, type RecordedEvidence } from '../../runtime/canary/adapters/record-canary-decision';
import { type CanaryDecision, type VersionWindowSeries } from '../../runtime/canary/types';

const VersionSchema = z.object({
  /** `model_version` dimension of the version's inference metrics. */
  version: z.string().min(1, 'must not be empty'),
  /** `model_id` dimension of the version's drift score. */
  modelId: z.string().min(1, 'must not be empty'),
}).strict();

/** What the DevOps invoke-function stage sends (the deploy artifact's JSON, placeholders substituted). */
export const CanaryGateInputSchema = z.object({
  /** Compartment of the custom metrics. @default - the function's OCI_MLOPS_CANARY_COMPARTMENT_ID */
  compartmentId: z.string().regex(/^ocid1\.(compartment|tenancy)\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9]+$/, 'must be a compartment or tenancy OCID').optional(),
  modelName: z.string().min(1, 'must not be empty'),
  canary: VersionSchema,
  stable: VersionSchema,
  /** The traffic step being judged, e.g. "10%" (for the log line). */
  step: z.string().optional(),
  /** @default - the function's OCI_MLOPS_CANARY_THRESHOLDS (JSON), written from the team file */
  thresholds: CanaryThresholdsSchema.optional(),
  /** End of the window, RFC 3339. @default - now */
  windowEnd: z.iso.datetime({ offset: true }).optional(),
  /** Governance model id of the canary version. @default - `<modelName>-<canary.version>` (governance's `<name>-<version>`) */
  governanceModelId: z.string().min(1, 'must not be empty').max(200).optional(),
  /** Fail the stage when the decision cannot be recorded in governance. @default - the function's OCI_MLOPS_CANARY_REQUIRE_GOVERNANCE_RECORD */
  requireGovernanceRecord: z.boolean().optional(),
  /** The release's deploy pipeline, recorded with the decision. @default - not recorded */
  deployPipelineId: z.string().regex(/^ocid1\.devopsdeploypipeline\./, 'must be a deploy pipeline OCID').optional(),
  /** The deployment (pipeline run) being judged, recorded with the decision. @default - not recorded */
  deploymentId: z.string().regex(/^ocid1\.devopsdeployment\./, 'must be a deployment OCID').optional(),
}).strict();

export type CanaryGateInput = z.input<typeof CanaryGateInputSchema>;

export interface CanaryGateDeps {
  /** Reads one version's series over the window (OCI Monitoring in the function). */
  fetchWindow(q: CanaryWindowQuery): Promise<VersionWindowSeries>;
  /** Writes one log line (the function's stdout goes to its OCI Logging log). */
  log(line: string): void;
  now(): Date;
  readonly defaultCompartmentId?: string;
  readonly defaultThresholds?: CanaryThresholds;
  /** Records a decision in the governance audit trail. @default - decisions are not recorded (status `not_configured`) */
  recordDecision?(evidence: CanaryEvidence): Promise<RecordedEvidence>;
  /** Fail the stage when a decision is not recorded, unless the invocation says otherwise. @default false */
  readonly requireGovernanceRecord?: boolean;
}

/** What became of recording the decision in governance. */
export interface GovernanceRecordStatus {
  readonly status: 'recorded' | 'failed' | 'not_configured';
  /** The governance model id the decision concerns. */
  readonly model_id: string;
  readonly audit_sequence?: number;
  readonly error?: string;
  /** Decisions this container could not record since it started (failed or not configured). */
  readonly unrecorded_since_start: number;
}

/** The structured log line and, on promote, the function's JSON result. */
export interface CanaryGateRecord {
  readonly event: 'canary_gate';
  readonly model_name: string;
  readonly step: string | null;
  readonly canary_version: string;
  readonly stable_version: string;
  readonly window: { readonly start: string; readonly end: string; readonly minutes: number };
  readonly decision: CanaryDecision['decision'];
  readonly reasons: readonly string[];
  readonly canary: CanaryDecision['canary'] | null;
  readonly stable: CanaryDecision['stable'] | null;
  readonly thresholds: CanaryThresholds;
  /** Recording in the governance audit trail; recording never changes the decision. */
  readonly governance: GovernanceRecordStatus;
}

/**
 * Thrown when the gate does not promote: the FDK answers 502 and the invocation fails, which fails
 * the DevOps stage (see docs/cicd.md). The message carries the decision and its reasons.
 */
export class CanaryGateRejected extends Error {
  constructor(readonly record: CanaryGateRecord | null, message: string) {
    super(message);
    this.name = 'CanaryGateRejected';
  }
}

/**
 * The canary gate's Fn handler: validates the invocation body, reads the canary's and the stable
 * version's metrics over the step's window, decides, records the decision in the governance audit
 * trail (when configured), and writes one structured JSON log line with the metric values, the
 * decision and the recording's outcome. Promote returns that record (HTTP 200); rollback, hold, bad
 * input or unreadable metrics throw `CanaryGateRejected` (HTTP 502 from the FDK), so the stage fails.
 * A failed recording is logged and counted and never changes the decision, unless the release
 * requires the record (`requireGovernanceRecord`): then an unrecorded promote fails the stage too.
 *
 * @param deps - metrics source, logger, clock and defaults from the function's configuration
 * @returns the FDK handler `(input) => record`
 * @example
 * fdk.handle(createCanaryGateHandler({ fetchWindow: (q) => fetchCanaryWindow(client, q), log: console.log, now: () => new Date() }), { inputMode: 'json' });
 */
export function createCanaryGateHandler(deps: CanaryGateDeps): (input: unknown) => Promise<CanaryGateRecord> {
  let unrecordedDecisions = 0;
  return async (input) => {
    const body = typeof input === 'string' || Buffer.isBuffer(input) ? parseJson(String(input)) : input;
    const parsed = CanaryGateInputSchema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
      deps.log(JSON.stringify({ event: 'canary_gate', decision: 'hold', reasons: [`invalid input: ${issues}`] }));
      throw new CanaryGateRejected(null, `canary gate: invalid input: ${issues}`);
    }
    const req = parsed.data;
    const thresholds = req.thresholds ?? deps.defaultThresholds;
    const compartmentId = req.compartmentId ?? deps.defaultCompartmentId;
    const missing = [!thresholds && 'thresholds (or OCI_MLOPS_CANARY_THRESHOLDS)', !compartmentId && 'compartmentId (or OCI_MLOPS_CANARY_COMPARTMENT_ID)'].filter(Boolean);
    if (missing.length) {
      deps.log(JSON.stringify({ event: 'canary_gate', decision: 'hold', reasons: [`missing ${missing.join(', ')}`] }));
      throw new CanaryGateRejected(null, `canary gate: missing ${missing.join(', ')}`);
    }
    const end = req.windowEnd ? new Date(req.windowEnd) : deps.now();
    const window = { start: new Date(end.getTime() - thresholds!.windowMinutes * 60_000).toISOString(), end: end.toISOString(), minutes: thresholds!.windowMinutes };
    const base = { event: 'canary_gate' as const, model_name: req.modelName, step: req.step ?? null, canary_version: req.canary.version, stable_version: req.stable.version, window, thresholds: thresholds! };
    const query = (v: { version: string; modelId: string }): CanaryWindowQuery =>
      ({ compartmentId: compartmentId!, modelName: req.modelName, modelVersion: v.version, modelId: v.modelId, windowMinutes: thresholds!.windowMinutes, end });
    const required = req.requireGovernanceRecord ?? deps.requireGovernanceRecord ?? false;
    const recordInGovernance = async (decided: Omit<CanaryGateRecord, 'governance'>): Promise<GovernanceRecordStatus> => {
      const modelId = req.governanceModelId ?? `${req.modelName}-${req.canary.version}`;
      const unrecorded = (status: 'failed' | 'not_configured', error: string): GovernanceRecordStatus => ({ status, model_id: modelId, error, unrecorded_since_start: ++unrecordedDecisions });
      if (!deps.recordDecision) return unrecorded('not_configured', 'no governance function is configured (OCI_MLOPS_CANARY_GOVERNANCE_FUNCTION_NAME)');
      const { event: _event, ...facts } = decided;
      const details = {
        ...facts, canary_model_id: req.canary.modelId, stable_model_id: req.stable.modelId,
        ...(req.deployPipelineId ? { deploy_pipeline_id: req.deployPipelineId } : {}), ...(req.deploymentId ? { deployment_id: req.deploymentId } : {}),
      };
      try {
        const written = await deps.recordDecision({ modelId, details });
        return { status: 'recorded', model_id: modelId, audit_sequence: written.sequence, unrecorded_since_start: unrecordedDecisions };
      } catch (err) {
        // Logged with the decision and counted; the decision stands.
        return unrecorded('failed', (err as Error).message);
      }
    };
    const finish = async (decided: Omit<CanaryGateRecord, 'governance'>, rejection?: string): Promise<CanaryGateRecord> => {
      const record: CanaryGateRecord = { ...decided, governance: await recordInGovernance(decided) };
      deps.log(JSON.stringify(record));
      if (rejection) throw new CanaryGateRejected(record, required && record.governance.status !== 'recorded' ? `${rejection}; not recorded in governance: ${record.governance.error}` : rejection);
      if (required && record.governance.status !== 'recorded') {
        throw new CanaryGateRejected(record, `canary gate: promote not recorded in governance, which this release requires: ${record.governance.error}`);
      }
      return record;
    };
    let decision: CanaryDecision;
    try {
      const [canary, stable] = await Promise.all([deps.fetchWindow(query(req.canary)), deps.fetchWindow(query(req.stable))]);
      decision = decideCanary(canary, stable, thresholds!);
    } catch (err) {
      const reason = `metrics unavailable: ${(err as Error).message}`;
      return finish({ ...base, decision: 'hold', reasons: [reason], canary: null, stable: null }, `canary gate: hold (fail safe): ${reason}`);
    }
    const decided = { ...base, decision: decision.decision, reasons: decision.reasons, canary: decision.canary, stable: decision.stable };
    return finish(decided, decision.passed ? undefined : `canary gate: ${decision.decision}: ${decision.reasons.join('; ')}`);
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
