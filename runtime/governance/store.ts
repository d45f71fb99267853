import {
  type ApprovalRequest, type ApprovalStatus, type AuditHead, type AuditRecord, type Delivery, type DeliveryStatus,
  type ModelRecord, type ModelState, type Webhook,
} from './types';

/**
 * Reads and writes inside one store transaction. Every lifecycle change, its audit record and its
 * outbox deliveries go through one of these and commit together or not at all.
 */
export interface GovernanceTx {
  getModel(modelId: string): Promise<ModelRecord | undefined>;
  insertModel(model: ModelRecord): Promise<void>;
  updateModelState(modelId: string, state: ModelState, updatedAt: string): Promise<void>;
  getApprovalRequest(requestId: string): Promise<ApprovalRequest | undefined>;
  listApprovalRequests(modelId: string): Promise<ApprovalRequest[]>;
  insertApprovalRequest(request: ApprovalRequest): Promise<void>;
  /**
   * Records a decision on a request that is still pending.
   * @returns false when the request was no longer pending (somebody else decided first).
   */
  decideApprovalRequest(requestId: string, decision: { status: Exclude<ApprovalStatus, 'pending'>; decidedBy: string; decidedAt: string; comment: string | null }): Promise<boolean>;
  getAuditHead(): Promise<AuditHead | null>;
  /** Inserts the record and moves the head to it. `modelId` indexes the model's trail. */
  appendAuditRecord(record: AuditRecord, modelId: string | null): Promise<void>;
  listWebhooks(): Promise<Webhook[]>;
  insertWebhook(webhook: Webhook): Promise<void>;
  insertDeliveries(deliveries: readonly Delivery[]): Promise<void>;
  updateDelivery(deliveryId: string, update: DeliveryUpdate): Promise<void>;
}

/** What a delivery attempt changes. */
export interface DeliveryUpdate {
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly updatedAt: string;
}

/**
 * Where governance records live: SQLite for one host, Autonomous Database in the cloud. Both pass
 * the same contract test suite (test/runtime/governance/store-contract.ts).
 */
export interface GovernanceStore {
  /** Runs `fn` in one serializable write transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: GovernanceTx) => Promise<T>): Promise<T>;
  getModel(modelId: string): Promise<ModelRecord | undefined>;
  listModels(state?: ModelState): Promise<ModelRecord[]>;
  listApprovalRequests(modelId: string): Promise<ApprovalRequest[]>;
  /** The audit records of one model, ascending sequence. */
  auditTrail(modelId: string): Promise<AuditRecord[]>;
  /** The whole chain, ascending sequence. */
  readAuditChain(): Promise<Iterable<AuditRecord>>;
  getAuditRecord(sequence: number): Promise<AuditRecord | undefined>;
  getAuditHead(): Promise<AuditHead | null>;
  getWebhook(webhookId: string): Promise<Webhook | undefined>;
  getDelivery(deliveryId: string): Promise<Delivery | undefined>;
  listDeliveries(status?: DeliveryStatus): Promise<Delivery[]>;
  updateDelivery(deliveryId: string, update: DeliveryUpdate): Promise<void>;
  close(): Promise<void>;
}
