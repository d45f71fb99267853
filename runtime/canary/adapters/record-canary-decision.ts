import { type FunctionsInvokeClient, requests } from 'oci-functions';

/** One canary decision as governance evidence: the registered model it concerns and the facts. */
export interface CanaryEvidence {
  /** Governance model id, `<name>-<version>` of the canary version. */
  readonly modelId: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** What governance answered: the audit record written. */
export interface RecordedEvidence {
  readonly sequence: number;
  readonly recordHash: string;
}

/**
 * Records a canary decision in the governance audit trail by invoking the governance function
 * directly (InvokeFunction, synchronous, signed with the gate's resource principal) with
 * `{"action": "canary.decision", "model_id", "details"}`. The governance function accepts it only
 * from the gate's own OCID (the `Oci-Subject-Id` OCI Functions sets) and records it as
 * `service:canary-gate`.
 *
 * @param client - a Functions invoke client whose endpoint is the governance function's invoke endpoint
 * @param functionId - the governance function's OCID
 * @param evidence - model id and details
 * @returns the audit record's sequence number and hash
 * @throws Error naming `recordCanaryDecision`, the model and the status when the invocation fails or governance refuses it
 * @example
 * await recordCanaryDecision(invokeClient, governanceFunctionId, { modelId: 'fraud-8', details: { decision: 'promote', reasons: [] } });
 */
export async function recordCanaryDecision(client: Pick<FunctionsInvokeClient, 'invokeFunction'>, functionId: string, evidence: CanaryEvidence): Promise<RecordedEvidence> {
  const fail = (why: string): never => {
    throw new Error(`recordCanaryDecision: recording the decision on ${evidence.modelId} failed: ${why}`);
  };
  let text = '';
  try {
    const res = await client.invokeFunction({
      functionId, fnInvokeType: requests.InvokeFunctionRequest.FnInvokeType.Sync,
      invokeFunctionBody: JSON.stringify({ action: 'canary.decision', model_id: evidence.modelId, details: evidence.details }),
    });
    text = await new Response(res.value as ConstructorParameters<typeof Response>[0]).text();
  } catch (err) {
    const e = err as { statusCode?: number; message?: string };
    fail(`${e.statusCode ? `${e.statusCode} ` : ''}${e.message ?? String(err)}`);
  }
  let doc: { sequence?: unknown; record_hash?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    return fail(`the answer is not JSON: ${text.slice(0, 200)}`);
  }
  if (!Number.isSafeInteger(doc.sequence) || typeof doc.record_hash !== 'string') fail(`the answer is not an audit record: ${text.slice(0, 200)}`);
  return { sequence: doc.sequence as number, recordHash: doc.record_hash as string };
}
