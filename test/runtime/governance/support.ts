import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SqliteGovernanceStore } from '../../../runtime/governance/adapters/sqlite-store';
import { GovernanceService, type GovernanceServiceOptions } from '../../../runtime/governance/governance-service';
import { parseApprovalPolicy } from '../../../runtime/governance/parse-approval-policy';
import { type Caller } from '../../../runtime/governance/types';

export const REPO = join(__dirname, '..', '..', '..');

/** The sample model YAML from examples/governance, parsed. */
export function sampleModel(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const doc = parse(readFileSync(join(REPO, 'examples/governance/churn-model.yaml'), 'utf8')) as Record<string, unknown>;
  return { ...doc, ...overrides };
}

/** A model card with another risk tier. */
export function withRiskTier(tier: 'low' | 'medium' | 'high', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const m = sampleModel(overrides);
  return { ...m, model_card: { ...(m.model_card as object), risk_tier: tier } };
}

export const ALICE: Caller = { actor: 'alice', groups: ['data-scientists'] };
export const BOB: Caller = { actor: 'bob', groups: ['ml-reviewers'] };
export const CAROL: Caller = { actor: 'carol', groups: ['business-owners', 'ml-reviewers'] };
export const DAVE: Caller = { actor: 'dave', groups: ['risk-officers'] };
export const OPS: Caller = { actor: 'ops-bot', groups: ['mlops-operators'] };
export const ADMIN: Caller = { actor: 'root', groups: ['governance-admins'] };

/** A temporary folder removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gov-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A service on a fresh SQLite file with the default policy and a fixed, advancing clock. */
export function sqliteService(file: string, opts: Partial<GovernanceServiceOptions> = {}): { store: SqliteGovernanceStore; service: GovernanceService } {
  const store = new SqliteGovernanceStore(file);
  let t = Date.parse('2026-11-01T00:00:00.000Z');
  const service = new GovernanceService({ store, policy: parseApprovalPolicy(), clock: () => new Date((t += 1000)), ...opts });
  return { store, service };
}
