import { type ApprovalRequest, type AuditRecord, type Delivery, type ModelRecord, type Webhook } from '../types';

/** API and CLI representation of a model (snake_case, like the model YAML). */
export function modelJson(m: ModelRecord) {
  return { model_id: m.modelId, state: m.state, registered_by: m.registeredBy, created_at: m.createdAt, updated_at: m.updatedAt, registration: m.registration };
}

export function approvalRequestJson(r: ApprovalRequest) {
  return {
    request_id: r.requestId, model_id: r.modelId, approval_type: r.approvalType, requested_by: r.requestedBy, requested_at: r.requestedAt,
    status: r.status, decided_by: r.decidedBy, decided_at: r.decidedAt, comment: r.comment,
  };
}

/** The stored record with its canonical content parsed back for reading. */
export function auditRecordJson(a: AuditRecord) {
  return { sequence: a.sequence, previous_hash: a.previousHash, content_hash: a.contentHash, record_hash: a.recordHash, content: JSON.parse(a.content) as unknown };
}

export function deliveryJson(d: Delivery) {
  return { delivery_id: d.deliveryId, target: d.target, status: d.status, attempts: d.attempts, last_error: d.lastError, created_at: d.createdAt, updated_at: d.updatedAt, event: d.event };
}

/** A webhook; the secret is shown only in the answer to its registration. */
export function webhookJson(w: Webhook, withSecret = false) {
  return { webhook_id: w.webhookId, system_name: w.systemName, url: w.url, events: w.events, created_at: w.createdAt, ...(withSecret ? { secret: w.secret } : {}) };
}
