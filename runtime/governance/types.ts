import { type ModelRegistration } from './model-registration-schema';

/** The lifecycle states of a registered model. */
export const MODEL_STATES = ['registered', 'pending_approval', 'approved', 'rejected', 'deployed', 'rolled_back', 'retired'] as const;
export type ModelState = (typeof MODEL_STATES)[number];

/** What a caller can do to a model's state; `approve`/`reject` happen only through approval decisions. */
export const LIFECYCLE_ACTIONS = ['request_approval', 'approve', 'reject', 'deploy', 'rollback', 'retire'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** Who calls: identity and groups from the API Gateway authorizer (cloud) or CLI flags (local). */
export interface Caller {
  readonly actor: string;
  readonly groups: readonly string[];
}

export interface ModelRecord {
  readonly modelId: string;
  readonly state: ModelState;
  readonly registration: ModelRegistration;
  readonly registeredBy: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

export interface ApprovalRequest {
  readonly requestId: string;
  readonly modelId: string;
  readonly approvalType: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly status: ApprovalStatus;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly comment: string | null;
}

/** The hashed part of an audit record. */
export interface AuditContent {
  readonly actor: string;
  readonly action: string;
  readonly subject: { readonly type: 'model' | 'approval_request' | 'webhook' | 'dead_letter'; readonly id: string; readonly model_id?: string };
  readonly before: unknown;
  readonly after: unknown;
  /** ISO 8601 UTC. */
  readonly time: string;
}

/** One link of the audit chain. Hashes are lowercase hex SHA-256. */
export interface AuditRecord {
  readonly sequence: number;
  readonly previousHash: string;
  readonly contentHash: string;
  readonly recordHash: string;
  /** The RFC 8785 (JCS) canonical JSON text of the content, exactly as hashed. */
  readonly content: string;
}

/** The last record of the chain, kept beside it so that a deleted tail is detected too. */
export interface AuditHead {
  readonly sequence: number;
  readonly recordHash: string;
}

/** What every transition publishes to the Notifications topic, webhooks and the model catalog. */
export interface GovernanceEvent {
  readonly event_id: string;
  readonly type: string;
  readonly model_id: string;
  readonly state_before: ModelState | null;
  readonly state_after: ModelState;
  readonly actor: string;
  readonly time: string;
  readonly audit_sequence: number;
  readonly details: Record<string, unknown>;
}

export interface Webhook {
  readonly webhookId: string;
  readonly systemName: string;
  readonly url: string;
  /** Event types delivered; `*` for all. */
  readonly events: readonly string[];
  /** HMAC-SHA256 key for the signature header. */
  readonly secret: string;
  readonly createdAt: string;
}

/** Where an event goes: the Notifications topic, the model catalog, or one webhook. */
export type DeliveryTarget = 'ons' | 'catalog' | `webhook:${string}`;

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

/** One event for one target, written in the transition's transaction (transactional outbox). */
export interface Delivery {
  readonly deliveryId: string;
  readonly target: DeliveryTarget;
  readonly event: GovernanceEvent;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}
