import { z } from 'zod';
import { GovernanceError } from '../governance-error';
import { type GovernanceService } from '../governance-service';
import { zodIssues } from '../zod-issues';
import { type GovernanceHttpResponse } from './handle-governance-request';
import { auditRecordJson } from './to-json';

/** The evidence actions each service may record by direct invocation; nothing else is accepted. */
export const SERVICE_ACTIONS: Readonly<Record<string, readonly string[]>> = { 'canary-gate': ['canary.decision'] };

const ServiceBody = z.object({
  action: z.string().min(1),
  model_id: z.string().min(1).max(200),
  details: z.record(z.string(), z.unknown()),
}).strict();

function answer(status: number, payload: unknown): GovernanceHttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload) };
}

/**
 * Records one piece of evidence sent by a platform service that invoked the governance function
 * directly (`classifyFnInvocation` said `service`): body `{"action", "model_id", "details"}`, the
 * action one of `SERVICE_ACTIONS[service]`. The audit record's actor is `service:<name>`, acting with
 * the operator group, and its details gain `invoked_by` (the subject OCID OCI Functions reported),
 * overwriting any value sent.
 *
 * @param service - the governance service
 * @param caller - the service name and its subject OCID
 * @param body - the raw invocation body (JSON)
 * @returns 201 with the audit record, or the error (400 bad body, 403 action not allowed, 404 unknown model)
 * @example
 * await handleServiceInvocation(service, { service: 'canary-gate', subjectId: gateOcid },
 *   JSON.stringify({ action: 'canary.decision', model_id: 'fraud-8', details: { decision: 'promote' } })); // { status: 201, ... }
 */
export async function handleServiceInvocation(service: GovernanceService, caller: { readonly service: string; readonly subjectId: string }, body: string): Promise<GovernanceHttpResponse> {
  try {
    let doc: unknown;
    try {
      doc = JSON.parse(body);
    } catch (err) {
      throw new GovernanceError('validation_failed', `invocation body is not valid JSON: ${(err as Error).message}`);
    }
    const parsed = ServiceBody.safeParse(doc);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      throw new GovernanceError('validation_failed', `invalid invocation body: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
    }
    const { action, model_id: modelId, details } = parsed.data;
    const allowed = SERVICE_ACTIONS[caller.service] ?? [];
    if (!allowed.includes(action)) {
      throw new GovernanceError('forbidden', `service ${caller.service} may record ${allowed.join(', ') || 'nothing'}, got action ${JSON.stringify(action)}`, { action });
    }
    const record = await service.recordEvidence(
      { actor: `service:${caller.service}`, groups: [service.policy.operator_group] }, modelId, action,
      { ...details, invoked_by: { subject_id: caller.subjectId, subject_type: 'resource' } },
    );
    return answer(201, auditRecordJson(record));
  } catch (err) {
    if (err instanceof GovernanceError) return answer(err.status, { error: { code: err.code, message: err.message, details: err.details } });
    throw err;
  }
}
