import { randomBytes, randomUUID } from 'node:crypto';
import { type ApprovalPolicy } from './approval-policy-schema';
import { approvalOutcome } from './approval-outcome';
import { assertCanDecide } from './assert-can-decide';
import { GovernanceError } from './governance-error';
import { nextAuditRecord } from './next-audit-record';
import { nextState } from './next-state';
import { parseModelRegistration } from './parse-model-registration';
import { requiredApprovalTypes } from './required-approval-types';
import { type GovernanceStore, type GovernanceTx } from './store';
import {
  type ApprovalRequest, type AuditContent, type AuditRecord, type Caller, type Delivery, type DeliveryStatus,
  type DeliveryTarget, type GovernanceEvent, type ModelRecord, type ModelState, MODEL_STATES, type Webhook,
} from './types';
import { verifyAuditChain, type AuditVerification } from './verify-audit-chain';

/** Event types that update the model catalog entry's custom metadata. */
export const CATALOG_EVENT_TYPES = ['model.approved', 'model.deployed', 'model.rolled_back', 'model.retired'] as const;

export interface GovernanceServiceOptions {
  readonly store: GovernanceStore;
  readonly policy: ApprovalPolicy;
  /** Which outbox targets exist besides webhooks (a target that is not configured gets no deliveries). */
  readonly targets?: { readonly ons?: boolean; readonly catalog?: boolean };
  /** Told after each commit which deliveries it wrote, so that a worker can send them at once. */
  readonly onDeliveries?: (deliveries: readonly Delivery[]) => void;
  /** @default - the system clock */
  readonly clock?: () => Date;
}

/** A model with its approval requests and what its risk tier still needs. */
export interface ModelStatus {
  readonly model: ModelRecord;
  readonly approval_requests: ApprovalRequest[];
  readonly required_approvals: string[];
  readonly missing_approvals: string[];
}

interface Change {
  readonly audit: Omit<AuditContent, 'time' | 'actor'>;
  readonly events: readonly Omit<GovernanceEvent, 'event_id' | 'time' | 'actor' | 'audit_sequence'>[];
  readonly modelId: string | null;
  readonly catalogModelId?: string;
}

/**
 * The governance use cases: register, request approval, decide with four eyes, deploy/roll back/retire,
 * read models and audit trails, manage webhooks and dead letters.
 *
 * Each call that changes something runs in one store transaction that also appends the audit record
 * and writes the outbox deliveries of its events, so the three commit together or not at all.
 * Delivery happens after the commit and can never fail or block the change.
 */
export class GovernanceService {
  private readonly clock: () => Date;

  constructor(private readonly opts: GovernanceServiceOptions) {
    this.clock = opts.clock ?? (() => new Date());
  }

  get policy(): ApprovalPolicy {
    return this.opts.policy;
  }

  get store(): GovernanceStore {
    return this.opts.store;
  }

  /** Registers a model; `model_id` is `<name>-<version>` and must be new (409 otherwise). */
  async register(caller: Caller, input: unknown): Promise<ModelRecord> {
    const registration = parseModelRegistration(input);
    const modelId = `${registration.name}-${registration.version}`;
    return this.change(caller, async (tx, now) => {
      if (await tx.getModel(modelId)) {
        throw new GovernanceError('already_exists', `model ${modelId} is already registered; register a new version instead`, { model_id: modelId });
      }
      const model: ModelRecord = { modelId, state: 'registered', registration, registeredBy: caller.actor, createdAt: now, updatedAt: now };
      await tx.insertModel(model);
      return {
        result: model,
        change: {
          modelId,
          audit: { action: 'model.registered', subject: { type: 'model', id: modelId }, before: null, after: { state: 'registered', registration } },
          events: [{ type: 'model.registered', model_id: modelId, state_before: null, state_after: 'registered', details: { owner: registration.owner, risk_tier: registration.model_card.risk_tier } }],
        },
      };
    });
  }

  /** Opens an approval request of one type; the model moves to pending_approval. */
  async requestApproval(caller: Caller, modelId: string, approvalType: string): Promise<ApprovalRequest> {
    const group = this.policy.approver_groups[approvalType];
    if (group === undefined) {
      throw new GovernanceError('validation_failed', `approval type must be one of ${Object.keys(this.policy.approver_groups).join(', ')}, got ${JSON.stringify(approvalType)}`, { approval_type: approvalType });
    }
    return this.change(caller, async (tx, now) => {
      const model = await this.mustGetModel(tx, modelId);
      const state = nextState(modelId, model.state, 'request_approval');
      const existing = (await tx.listApprovalRequests(modelId)).find((r) => r.approvalType === approvalType && r.status !== 'rejected');
      if (existing) {
        throw new GovernanceError('conflict', `model ${modelId} already has a ${existing.status} ${approvalType} approval request (${existing.requestId})`, { request_id: existing.requestId, status: existing.status });
      }
      const request: ApprovalRequest = {
        requestId: randomUUID(), modelId, approvalType, requestedBy: caller.actor, requestedAt: now,
        status: 'pending', decidedBy: null, decidedAt: null, comment: null,
      };
      await tx.insertApprovalRequest(request);
      if (state !== model.state) await tx.updateModelState(modelId, state, now);
      return {
        result: request,
        change: {
          modelId,
          audit: {
            action: 'approval.requested', subject: { type: 'approval_request', id: request.requestId, model_id: modelId },
            before: { model_state: model.state }, after: { model_state: state, approval_type: approvalType, approver_group: group, status: 'pending' },
          },
          events: [{ type: 'model.approval_requested', model_id: modelId, state_before: model.state, state_after: state, details: { request_id: request.requestId, approval_type: approvalType, approver_group: group } }],
        },
      };
    });
  }

  /**
   * Decides an approval request. Exactly one decision per request is recorded: a second decider, even
   * one racing in another process, gets 409.
   */
  async decide(caller: Caller, requestId: string, decision: 'approve' | 'reject', comment?: string): Promise<{ request: ApprovalRequest; model: ModelRecord }> {
    if (decision !== 'approve' && decision !== 'reject') {
      throw new GovernanceError('validation_failed', `decision must be approve or reject, got ${JSON.stringify(decision)}`);
    }
    return this.change(caller, async (tx, now) => {
      const request = await tx.getApprovalRequest(requestId);
      if (!request) throw new GovernanceError('not_found', `approval request ${requestId} does not exist`, { request_id: requestId });
      const model = await this.mustGetModel(tx, request.modelId);
      if (request.status !== 'pending') {
        throw new GovernanceError('conflict', `approval request ${requestId} was already decided: ${request.status} by ${request.decidedBy} at ${request.decidedAt}`, { request_id: requestId, status: request.status, decided_by: request.decidedBy });
      }
      assertCanDecide(caller, model, request, this.policy);
      nextState(model.modelId, model.state, decision);
      const status = decision === 'approve' ? 'approved' : 'rejected';
      const recorded = await tx.decideApprovalRequest(requestId, { status, decidedBy: caller.actor, decidedAt: now, comment: comment ?? null });
      if (!recorded) throw new GovernanceError('conflict', `approval request ${requestId} was decided by someone else first`, { request_id: requestId });
      const decided: ApprovalRequest = { ...request, status, decidedBy: caller.actor, decidedAt: now, comment: comment ?? null };
      const requests = (await tx.listApprovalRequests(model.modelId)).map((r) => (r.requestId === requestId ? decided : r));
      const required = requiredApprovalTypes(this.policy, model.registration.model_card.risk_tier);
      const { outcome, missing } = approvalOutcome(requests, required);
      const state: ModelState = outcome === 'pending' ? model.state : nextState(model.modelId, model.state, outcome === 'approved' ? 'approve' : 'reject');
      if (state !== model.state) await tx.updateModelState(model.modelId, state, now);
      const approvers = requests.filter((r) => r.status === 'approved').map((r) => `${r.decidedBy} (${r.approvalType})`);
      const events: Change['events'][number][] = [{
        type: 'model.approval_decided', model_id: model.modelId, state_before: model.state, state_after: state,
        details: { request_id: requestId, approval_type: request.approvalType, decision: status, comment: comment ?? null, missing_approvals: missing },
      }];
      if (state !== model.state) {
        events.push({ type: `model.${state}`, model_id: model.modelId, state_before: model.state, state_after: state, details: { approvers } });
      }
      return {
        result: { request: decided, model: { ...model, state, updatedAt: state !== model.state ? now : model.updatedAt } },
        change: {
          modelId: model.modelId,
          catalogModelId: model.registration.catalog_model_id,
          audit: {
            action: 'approval.decided', subject: { type: 'approval_request', id: requestId, model_id: model.modelId },
            before: { status: 'pending', model_state: model.state },
            after: { status, model_state: state, approval_type: request.approvalType, comment: comment ?? null, missing_approvals: missing },
          },
          events,
        },
      };
    });
  }

  /** Deploys, rolls back or retires a model; only members of the policy's operator group may. */
  async transition(caller: Caller, modelId: string, action: 'deploy' | 'rollback' | 'retire', reason?: string): Promise<ModelRecord> {
    if (!['deploy', 'rollback', 'retire'].includes(action)) {
      throw new GovernanceError('validation_failed', `action must be deploy, rollback or retire, got ${JSON.stringify(action)}`);
    }
    this.requireGroup(caller, this.policy.operator_group, `${action} models`);
    return this.change(caller, async (tx, now) => {
      const model = await this.mustGetModel(tx, modelId);
      const state = nextState(modelId, model.state, action);
      await tx.updateModelState(modelId, state, now);
      const approvers = (await tx.listApprovalRequests(modelId)).filter((r) => r.status === 'approved').map((r) => `${r.decidedBy} (${r.approvalType})`);
      return {
        result: { ...model, state, updatedAt: now },
        change: {
          modelId,
          catalogModelId: model.registration.catalog_model_id,
          audit: { action: `model.${action}`, subject: { type: 'model', id: modelId }, before: { state: model.state }, after: { state, reason: reason ?? null } },
          events: [{ type: `model.${state}`, model_id: modelId, state_before: model.state, state_after: state, details: { reason: reason ?? null, approvers } }],
        },
      };
    });
  }

  /**
   * Records evidence about a model without changing its state (operator group): a canary gate's
   * promote/rollback decision, a drift alarm, a validation rerun. The action names the source
   * (`canary.decision`); `model.*` and `approval.*` are reserved for the lifecycle.
   */
  async recordEvidence(caller: Caller, modelId: string, action: string, details: Record<string, unknown>): Promise<AuditRecord> {
    if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(action) || /^(model|approval|delivery|webhook)\./.test(action)) {
      throw new GovernanceError('validation_failed', `evidence action must look like "<source>.<what>" in lowercase (e.g. canary.decision) and not use the reserved prefixes model., approval., delivery., webhook.; got ${JSON.stringify(action)}`, { action });
    }
    const size = JSON.stringify(details).length;
    if (size > 16_384) throw new GovernanceError('validation_failed', `evidence details must be at most 16384 bytes of JSON, got ${size}`, { size });
    this.requireGroup(caller, this.policy.operator_group, 'record evidence');
    const { record } = await this.changeWithRecord(caller, async (tx) => {
      const model = await this.mustGetModel(tx, modelId);
      return {
        result: undefined,
        change: {
          modelId,
          audit: { action, subject: { type: 'model', id: modelId }, before: { state: model.state }, after: { state: model.state, details } },
          events: [{ type: action, model_id: modelId, state_before: model.state, state_after: model.state, details }],
        },
      };
    });
    return record;
  }

  /** A model, its approval requests, and the approval types its risk tier still needs. */
  async status(modelId: string): Promise<ModelStatus> {
    const model = await this.opts.store.getModel(modelId);
    if (!model) throw new GovernanceError('not_found', `model ${modelId} is not registered`, { model_id: modelId });
    const requests = await this.opts.store.listApprovalRequests(modelId);
    const required = requiredApprovalTypes(this.policy, model.registration.model_card.risk_tier);
    return { model, approval_requests: requests, required_approvals: required, missing_approvals: approvalOutcome(requests, required).missing };
  }

  /** Models, optionally only those in one state. */
  async list(state?: string): Promise<ModelRecord[]> {
    if (state !== undefined && !(MODEL_STATES as readonly string[]).includes(state)) {
      throw new GovernanceError('validation_failed', `state must be one of ${MODEL_STATES.join(', ')}, got ${JSON.stringify(state)}`, { state });
    }
    return this.opts.store.listModels(state as ModelState | undefined);
  }

  /** One model's audit records, ascending; 404 for a model that was never registered. */
  async auditTrail(modelId: string): Promise<AuditRecord[]> {
    if (!(await this.opts.store.getModel(modelId))) throw new GovernanceError('not_found', `model ${modelId} is not registered`, { model_id: modelId });
    return this.opts.store.auditTrail(modelId);
  }

  /** Verifies the whole chain against the stored head. */
  async verifyAudit(): Promise<AuditVerification> {
    const head = await this.opts.store.getAuditHead();
    return verifyAuditChain(await this.opts.store.readAuditChain(), head);
  }

  /** Registers a webhook (admin group); the HMAC secret is generated unless given, and returned once. */
  async addWebhook(caller: Caller, input: { system_name: string; url: string; events?: string[]; secret?: string }): Promise<Webhook> {
    this.requireGroup(caller, this.policy.admin_group, 'register webhooks');
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      throw new GovernanceError('validation_failed', `webhook url must be an absolute http(s) URL, got ${JSON.stringify(input.url)}`);
    }
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      throw new GovernanceError('validation_failed', `webhook url must use https (http only for localhost receivers), got ${url.protocol}//${url.host}`);
    }
    if (input.secret !== undefined && input.secret.length < 16) {
      throw new GovernanceError('validation_failed', `webhook secret must be at least 16 characters, got ${input.secret.length}`);
    }
    return this.change(caller, async (tx, now) => {
      const webhook: Webhook = {
        webhookId: randomUUID(), systemName: input.system_name, url: url.toString(), events: input.events?.length ? input.events : ['*'],
        secret: input.secret ?? randomBytes(32).toString('base64url'), createdAt: now,
      };
      await tx.insertWebhook(webhook);
      return {
        result: webhook,
        change: {
          modelId: null,
          audit: { action: 'webhook.registered', subject: { type: 'webhook', id: webhook.webhookId }, before: null, after: { system_name: webhook.systemName, url: webhook.url, events: webhook.events } },
          events: [],
        },
      };
    });
  }

  /** Outbox deliveries (admin group), by default the dead letters. */
  async listDeliveries(caller: Caller, status: DeliveryStatus = 'dead'): Promise<Delivery[]> {
    this.requireGroup(caller, this.policy.admin_group, 'list deliveries');
    return this.opts.store.listDeliveries(status);
  }

  /**
   * Puts a dead letter back in the outbox (admin group), recorded in the audit trail; the caller then
   * hands it to a delivery worker.
   */
  async replayDelivery(caller: Caller, deliveryId: string): Promise<Delivery> {
    this.requireGroup(caller, this.policy.admin_group, 'replay dead letters');
    const delivery = await this.opts.store.getDelivery(deliveryId);
    if (!delivery) throw new GovernanceError('not_found', `delivery ${deliveryId} does not exist`, { delivery_id: deliveryId });
    if (delivery.status !== 'dead') {
      throw new GovernanceError('conflict', `delivery ${deliveryId} is ${delivery.status}; only dead letters can be replayed`, { status: delivery.status });
    }
    const replay = { ...delivery, status: 'pending' as const, attempts: 0, lastError: null, updatedAt: this.clock().toISOString() };
    await this.change(caller, async (tx) => {
      await tx.updateDelivery(deliveryId, replay);
      return {
        result: undefined,
        change: {
          modelId: delivery.event.model_id,
          audit: { action: 'delivery.replayed', subject: { type: 'dead_letter', id: deliveryId, model_id: delivery.event.model_id }, before: { status: 'dead', attempts: delivery.attempts, last_error: delivery.lastError }, after: { status: 'pending', target: delivery.target, event_id: delivery.event.event_id } },
          events: [],
        },
      };
    });
    return replay;
  }

  /** Throws 403 naming the group unless the caller is a member. */
  requireGroup(caller: Caller, group: string, what: string): void {
    if (!caller.groups.includes(group)) {
      throw new GovernanceError('forbidden', `${caller.actor} cannot ${what}: only members of group ${group} can; caller groups: ${caller.groups.join(', ') || 'none'}`, { actor: caller.actor, required_group: group });
    }
  }

  private async mustGetModel(tx: GovernanceTx, modelId: string): Promise<ModelRecord> {
    const model = await tx.getModel(modelId);
    if (!model) throw new GovernanceError('not_found', `model ${modelId} is not registered`, { model_id: modelId });
    return model;
  }

  /** Runs a change, its audit record and its outbox rows in one transaction; then hands the deliveries on. */
  private async change<T>(caller: Caller, fn: (tx: GovernanceTx, now: string) => Promise<{ result: T; change: Change }>): Promise<T> {
    return (await this.changeWithRecord(caller, fn)).result;
  }

  private async changeWithRecord<T>(caller: Caller, fn: (tx: GovernanceTx, now: string) => Promise<{ result: T; change: Change }>): Promise<{ result: T; record: AuditRecord }> {
    if (!caller.actor) throw new GovernanceError('unauthenticated', 'the caller has no identity: pass --actor locally, or call through the API Gateway authorizer');
    const { result, record, deliveries } = await this.opts.store.transaction(async (tx) => {
      const now = this.clock().toISOString();
      const { result, change } = await fn(tx, now);
      const record = nextAuditRecord(await tx.getAuditHead(), { ...change.audit, actor: caller.actor, time: now });
      await tx.appendAuditRecord(record, change.modelId);
      const deliveries = await this.outbox(tx, change, caller.actor, now, record.sequence);
      return { result, record, deliveries };
    });
    if (deliveries.length && this.opts.onDeliveries) this.opts.onDeliveries(deliveries);
    return { result, record };
  }

  private async outbox(tx: GovernanceTx, change: Change, actor: string, now: string, sequence: number): Promise<Delivery[]> {
    if (!change.events.length) return [];
    const webhooks = await tx.listWebhooks();
    const deliveries: Delivery[] = [];
    for (const e of change.events) {
      const event: GovernanceEvent = { event_id: randomUUID(), time: now, actor, audit_sequence: sequence, ...e };
      const targets: DeliveryTarget[] = [];
      if (this.opts.targets?.ons) targets.push('ons');
      if (this.opts.targets?.catalog && change.catalogModelId && (CATALOG_EVENT_TYPES as readonly string[]).includes(e.type)) targets.push('catalog');
      for (const w of webhooks) if (w.events.includes('*') || w.events.includes(e.type)) targets.push(`webhook:${w.webhookId}`);
      for (const target of targets) {
        const details = target === 'catalog' ? { ...event.details, catalog_model_id: change.catalogModelId } : event.details;
        deliveries.push({ deliveryId: randomUUID(), target, event: { ...event, details }, status: 'pending', attempts: 0, lastError: null, createdAt: now, updatedAt: now });
      }
    }
    await tx.insertDeliveries(deliveries);
    return deliveries;
  }
}
