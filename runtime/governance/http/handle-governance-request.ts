import { z } from 'zod';
import { type DeliveryWorker } from '../adapters/delivery-worker';
import { GovernanceError } from '../governance-error';
import { type AuditAnchor } from '../check-audit-anchor';
import { type GovernanceService } from '../governance-service';
import { type Caller } from '../types';
import { zodIssues } from '../zod-issues';
import { approvalRequestJson, auditRecordJson, deliveryJson, modelJson, webhookJson } from './to-json';

/** Headers the API Gateway deployment sets from the authorizer's answer (and strips from clients). */
export const ACTOR_HEADER = 'x-governance-actor';
export const GROUPS_HEADER = 'x-governance-groups';

export interface GovernanceHttpRequest {
  readonly method: string;
  /** Path and query, e.g. `/models?state=approved`; a gateway path prefix is stripped by the caller. */
  readonly url: string;
  /** Lowercase header names. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string;
}

export interface GovernanceHttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface GovernanceHttpDeps {
  readonly service: GovernanceService;
  /** Sends a replayed dead letter right away; without it the replay stays pending for the next drain. */
  readonly worker?: DeliveryWorker;
  /** Writes the audit chain head to the anchor bucket; without it `POST /audit/anchor` answers 404. */
  readonly anchor?: () => Promise<AuditAnchor | null>;
  /** Where unexpected errors go (they are answered as 500 without internals). */
  readonly log?: (message: string) => void;
}

const RequestApprovalBody = z.object({ approval_type: z.string().min(1) }).strict();
const DecisionBody = z.object({ decision: z.enum(['approve', 'reject']), comment: z.string().max(4000).optional() }).strict();
const TransitionBody = z.object({ action: z.enum(['deploy', 'rollback', 'retire']), reason: z.string().max(4000).optional() }).strict();
const EvidenceBody = z.object({ action: z.string().min(1).max(100), details: z.record(z.string(), z.unknown()) }).strict();
const WebhookBody = z.object({ system_name: z.string().min(1).max(200), url: z.string().min(1), events: z.array(z.string().min(1)).optional(), secret: z.string().optional() }).strict();

type Handler = (deps: GovernanceHttpDeps, ctx: { caller: () => Caller; body: () => unknown; params: string[]; query: URLSearchParams }) => Promise<[number, unknown]>;

const routes: { method: string; pattern: RegExp; handler: Handler }[] = [
  { method: 'POST', pattern: /^\/models$/, handler: async ({ service }, c) => [201, modelJson(await service.register(c.caller(), c.body()))] },
  { method: 'GET', pattern: /^\/models$/, handler: async ({ service }, c) => [200, { models: (await service.list(c.query.get('state') ?? undefined)).map(modelJson) }] },
  {
    method: 'GET', pattern: /^\/models\/([^/]+)$/, handler: async ({ service }, c) => {
      const s = await service.status(c.params[0]!);
      return [200, { ...modelJson(s.model), approval_requests: s.approval_requests.map(approvalRequestJson), required_approvals: s.required_approvals, missing_approvals: s.missing_approvals }];
    },
  },
  { method: 'GET', pattern: /^\/models\/([^/]+)\/audit$/, handler: async ({ service }, c) => [200, { records: (await service.auditTrail(c.params[0]!)).map(auditRecordJson) }] },
  {
    method: 'POST', pattern: /^\/models\/([^/]+)\/approval-requests$/, handler: async ({ service }, c) => {
      const b = parseBody(RequestApprovalBody, c.body());
      return [201, approvalRequestJson(await service.requestApproval(c.caller(), c.params[0]!, b.approval_type))];
    },
  },
  {
    method: 'POST', pattern: /^\/approval-requests\/([^/]+)\/decision$/, handler: async ({ service }, c) => {
      const b = parseBody(DecisionBody, c.body());
      const r = await service.decide(c.caller(), c.params[0]!, b.decision, b.comment);
      return [200, { request: approvalRequestJson(r.request), model: modelJson(r.model) }];
    },
  },
  {
    method: 'POST', pattern: /^\/models\/([^/]+)\/transitions$/, handler: async ({ service }, c) => {
      const b = parseBody(TransitionBody, c.body());
      return [200, modelJson(await service.transition(c.caller(), c.params[0]!, b.action, b.reason))];
    },
  },
  {
    method: 'POST', pattern: /^\/models\/([^/]+)\/evidence$/, handler: async ({ service }, c) => {
      const b = parseBody(EvidenceBody, c.body());
      return [201, auditRecordJson(await service.recordEvidence(c.caller(), c.params[0]!, b.action, b.details))];
    },
  },
  { method: 'GET', pattern: /^\/audit\/verify$/, handler: async ({ service }) => [200, await service.verifyAudit()] },
  {
    method: 'POST', pattern: /^\/audit\/anchor$/, handler: async ({ service, anchor }, c) => {
      service.requireGroup(c.caller(), service.policy.admin_group, 'anchor the audit chain');
      if (!anchor) throw new GovernanceError('not_found', 'audit anchoring is not configured: set OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET and OCI_MLOPS_GOVERNANCE_ANCHOR_NAMESPACE');
      return [200, { anchor: await anchor() }];
    },
  },
  {
    method: 'POST', pattern: /^\/deliveries\/drain$/, handler: async ({ service, worker }, c) => {
      service.requireGroup(c.caller(), service.policy.admin_group, 'drain deliveries');
      return [200, worker ? await worker.drain() : { delivered: 0, dead: 0 }];
    },
  },
  { method: 'POST', pattern: /^\/webhooks$/, handler: async ({ service }, c) => [201, webhookJson(await service.addWebhook(c.caller(), parseBody(WebhookBody, c.body())), true)] },
  {
    method: 'GET', pattern: /^\/deliveries$/, handler: async ({ service }, c) => {
      const status = c.query.get('status') ?? 'dead';
      if (!['pending', 'delivered', 'dead'].includes(status)) throw new GovernanceError('validation_failed', `status must be pending, delivered or dead, got ${JSON.stringify(status)}`);
      return [200, { deliveries: (await service.listDeliveries(c.caller(), status as 'dead')).map(deliveryJson) }];
    },
  },
  {
    method: 'POST', pattern: /^\/deliveries\/([^/]+)\/replay$/, handler: async ({ service, worker }, c) => {
      const replay = await service.replayDelivery(c.caller(), c.params[0]!);
      return [200, deliveryJson(worker ? await worker.deliver(replay) : replay)];
    },
  },
];

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error);
  throw new GovernanceError('validation_failed', `invalid request body: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
}

function header(req: GovernanceHttpRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : (v as string | undefined);
}

function json(status: number, payload: unknown): GovernanceHttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(payload) };
}

/**
 * Answers one governance API request: the routes of `functions/governance` behind API Gateway and of
 * `oci-mlops governance serve`. The caller's identity comes from `X-Governance-Actor` and
 * `X-Governance-Groups` (comma-separated), which the gateway sets from its authorizer. Errors are
 * `{"error": {"code", "message", "details"}}` with the status of the code (400, 401, 403, 404, 405, 409, 415, 500).
 *
 * @param deps - the service (and optionally the delivery worker for replays).
 * @param req - method, path with query, lowercase headers, raw body.
 * @returns status, headers and JSON body.
 * @example
 * await handleGovernanceRequest({ service }, { method: 'GET', url: '/models?state=approved', headers: {}, body: '' }); // { status: 200, body: '{"models":[...]}' }
 */
export async function handleGovernanceRequest(deps: GovernanceHttpDeps, req: GovernanceHttpRequest): Promise<GovernanceHttpResponse> {
  const url = new URL(req.url, 'http://governance.local');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const method = req.method.toUpperCase();
  try {
    const matching = routes.filter((r) => r.pattern.test(path));
    if (!matching.length) throw new GovernanceError('not_found', `no route ${path}; see docs/governance.md for the API`, { path });
    const route = matching.find((r) => r.method === method);
    if (!route) throw new GovernanceError('method_not_allowed', `${method} is not allowed on ${path}; allowed: ${matching.map((r) => r.method).join(', ')}`, { allowed: matching.map((r) => r.method) });
    const params = route.pattern.exec(path)!.slice(1).map((p) => decodeURIComponent(p));
    let identity: Caller | undefined;
    const caller = (): Caller => {
      const actor = header(req, ACTOR_HEADER)?.trim();
      if (!actor) throw new GovernanceError('unauthenticated', `the request carries no caller identity (${ACTOR_HEADER} header, set by the API Gateway authorizer)`);
      const groups = (header(req, GROUPS_HEADER) ?? '').split(',').map((g) => g.trim()).filter(Boolean);
      return (identity ??= { actor, groups });
    };
    // Changes need an identity: answer 401 before looking at the body.
    if (method !== 'GET') caller();
    const body = (): unknown => {
      const type = header(req, 'content-type') ?? '';
      if (!/^application\/json\b/i.test(type)) throw new GovernanceError('unsupported_media_type', `request body must be application/json, got ${JSON.stringify(type || '(no content-type)')}`);
      try {
        return JSON.parse(req.body);
      } catch (err) {
        throw new GovernanceError('validation_failed', `request body is not valid JSON: ${(err as Error).message}`);
      }
    };
    const [status, payload] = await route.handler(deps, { caller, body, params, query: url.searchParams });
    return json(status, payload);
  } catch (err) {
    if (err instanceof GovernanceError) return json(err.status, { error: { code: err.code, message: err.message, details: err.details } });
    deps.log?.(`governance: ${method} ${path} failed: ${(err as Error).stack ?? String(err)}`);
    return json(500, { error: { code: 'internal', message: 'internal error; the governance log has the details', details: {} } });
  }
}
