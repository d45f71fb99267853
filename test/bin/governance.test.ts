import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CliError } from '../../bin/cli-error';
import { Command } from 'commander';
import { registerGovernanceCommand } from '../../bin/commands/governance';
import { verifyWebhookSignature } from '../../runtime/governance/verify-webhook-signature';
import { sqliteService, tempDir } from '../runtime/governance/support';

const ROOT = join(__dirname, '../..');
const MODEL = join(ROOT, 'examples/governance/churn-model.yaml');
const POLICY = join(ROOT, 'examples/governance/approval-policy.yaml');

/**
 * The program with only the governance command: the real binary loads every command (seconds of CPU),
 * and its CliError-to-exit-code path is the one test/bin/cli.test.ts covers.
 */
function buildProgram(): Command {
  const program = new Command('oci-mlops');
  registerGovernanceCommand(program);
  return program;
}

/** Runs `oci-mlops governance ...` in this process and returns what it printed, or the CliError it threw. */
async function gov(db: string, args: string[]): Promise<{ out: string; error?: CliError }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    chunks.push(String(c));
    return true;
  });
  try {
    await buildProgram().parseAsync(['node', 'oci-mlops', 'governance', '--db', db, '--policy', POLICY, ...args]);
    return { out: chunks.join('') };
  } catch (err) {
    if (err instanceof CliError) return { out: chunks.join(''), error: err };
    throw err;
  } finally {
    spy.mockRestore();
  }
}

describe('oci-mlops governance', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  afterEach(() => {
    process.exitCode = undefined;
  });

  test('registers the example model, collects technical and business approval, deploys it and verifies the audit chain', async () => {
    const db = join(dir, 'flow.db');
    expect((await gov(db, ['--actor', 'alice', 'register', '--file', MODEL])).out).toBe('registered churn-classifier-3 (state registered)\n');
    const tech = JSON.parse((await gov(db, ['--actor', 'alice', '--json', 'request-approval', 'churn-classifier-3', '--type', 'technical'])).out);
    const biz = JSON.parse((await gov(db, ['--actor', 'alice', '--json', 'request-approval', 'churn-classifier-3', '--type', 'business'])).out);
    expect((await gov(db, ['--actor', 'bob', '--groups', 'ml-reviewers', 'decide', tech.request_id, '--decision', 'approve'])).out)
      .toBe(`request ${tech.request_id} approved; model churn-classifier-3 is pending_approval\n`);
    const status = (await gov(db, ['status', 'churn-classifier-3'])).out;
    expect(status).toMatch(/churn-classifier-3: pending_approval \(owner alice, risk tier medium\)\nrequired approvals: technical, business; missing: business/);
    expect((await gov(db, ['--actor', 'carol', '--groups', 'business-owners', 'decide', biz.request_id, '--decision', 'approve', '--comment', 'fits the retention plan'])).out).toMatch(/model churn-classifier-3 is approved/);
    expect((await gov(db, ['list', '--state', 'approved'])).out).toBe('churn-classifier-3\tapproved\talice\n');
    expect((await gov(db, ['--actor', 'cd-pipeline', '--groups', 'mlops-operators', 'transition', 'churn-classifier-3', '--action', 'deploy'])).out).toBe('churn-classifier-3 is deployed\n');
    expect((await gov(db, ['--actor', 'canary-gate', '--groups', 'mlops-operators', 'evidence', 'churn-classifier-3', '--action', 'canary.decision', '--details', '{"decision":"promote"}'])).out)
      .toBe('recorded canary.decision for churn-classifier-3 as audit record 7\n');
    expect((await gov(db, ['--actor', 'canary-gate', '--groups', 'mlops-operators', 'evidence', 'churn-classifier-3', '--action', 'canary.decision', '--details', '[1]'])).error).toMatchObject({ exitCode: 2 });
    expect((await gov(db, ['audit', 'verify'])).out).toMatch(/^audit chain verified: 7 records, head 7 [0-9a-f]{64}\n$/);
    const trail = (await gov(db, ['audit', 'trail', 'churn-classifier-3'])).out.trim().split('\n');
    expect(trail.map((l) => l.split('\t')[3])).toEqual(['model.registered', 'approval.requested', 'approval.requested', 'approval.decided', 'approval.decided', 'model.deploy', 'canary.decision']);
  });

  test('fails with exit 3 when the owner approves their own model, and exit 5 on a second decision', async () => {
    const db = join(dir, 'four-eyes.db');
    await gov(db, ['--actor', 'ci-bot', 'register', '--file', MODEL]);
    const r = JSON.parse((await gov(db, ['--actor', 'ci-bot', '--json', 'request-approval', 'churn-classifier-3', '--type', 'technical'])).out);
    const own = await gov(db, ['--actor', 'alice', '--groups', 'ml-reviewers', 'decide', r.request_id, '--decision', 'approve']);
    expect(own.error).toMatchObject({ exitCode: 3, message: expect.stringMatching(/^oci-mlops governance: four_eyes_violation: alice cannot decide request .* they are its owner/) });
    await gov(db, ['--actor', 'bob', '--groups', 'ml-reviewers', 'decide', r.request_id, '--decision', 'reject']);
    const again = await gov(db, ['--actor', 'carol', '--groups', 'ml-reviewers', 'decide', r.request_id, '--decision', 'approve']);
    expect(again.error).toMatchObject({ exitCode: 5, message: expect.stringMatching(/conflict: approval request .* was already decided: rejected by bob/) });
  });

  test('fails audit verify with exit 1 naming the first bad record', async () => {
    const db = join(dir, 'tamper.db');
    await gov(db, ['--actor', 'alice', 'register', '--file', MODEL]);
    await gov(db, ['--actor', 'alice', 'request-approval', 'churn-classifier-3', '--type', 'technical']);
    await gov(db, ['--actor', 'alice', 'request-approval', 'churn-classifier-3', '--type', 'business']);
    const { store } = sqliteService(db);
    store.db.exec("DROP TRIGGER gov_audit_no_update; UPDATE gov_audit SET content = replace(content, 'business', 'nobody') WHERE sequence = 3");
    await store.close();
    const res = await gov(db, ['audit', 'verify']);
    expect(res.error).toMatchObject({ exitCode: 1, message: 'audit chain broken at record 3: content was modified: its SHA-256 does not match content_hash' });
  });

  test('fails with exit 2 on an invalid model file and without a database', async () => {
    const db = join(dir, 'bad.db');
    const bad = await gov(db, ['--actor', 'alice', 'register', '--file', POLICY]);
    expect(bad.error).toMatchObject({ exitCode: 2, message: expect.stringMatching(/validation_failed: parseModelRegistration: invalid model registration: .*name: /) });
    const missing = await gov(db, ['--actor', 'alice', 'register', '--file', join(dir, 'nope.yaml')]);
    expect(missing.error).toMatchObject({ exitCode: 2, message: expect.stringMatching(/cannot read .*nope.yaml/) });
    const saved = process.env.OCI_MLOPS_GOVERNANCE_DB;
    delete process.env.OCI_MLOPS_GOVERNANCE_DB;
    try {
      await expect(buildProgram().parseAsync(['node', 'oci-mlops', 'governance', 'list'])).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/pass --db FILE or set OCI_MLOPS_GOVERNANCE_DB/) });
    } finally {
      if (saved !== undefined) process.env.OCI_MLOPS_GOVERNANCE_DB = saved;
    }
  });

  test('registers a webhook, keeps a dead letter when it fails, lists and replays it', async () => {
    const db = join(dir, 'hooks.db');
    let failing = true;
    const bodies: { signature: string | null; body: string }[] = [];
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push({ signature: verifyWebhookSignature('cli-webhook-secret-0123', req.headers['x-oci-mlops-signature'] as string, body), body });
        res.writeHead(failing ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
    process.env.GOV_TEST_SECRET = 'cli-webhook-secret-0123';
    process.env.OCI_MLOPS_GOVERNANCE_DELIVERY_BASE_DELAY_MS = '1';
    try {
      const admin = ['--actor', 'root', '--groups', 'governance-admins'];
      expect((await gov(db, [...admin, 'webhooks', 'add', '--name', 'ticketing', '--url', url, '--secret-env', 'GOV_TEST_SECRET'])).out).toMatch(/^webhook [0-9a-f-]{36} registered for \*\n$/);
      await gov(db, ['--actor', 'alice', 'register', '--file', MODEL]);
      expect(bodies).toHaveLength(4);
      expect(bodies.every((b) => b.signature === null)).toBe(true);
      const dead = JSON.parse((await gov(db, [...admin, '--json', 'deliveries', 'list'])).out);
      expect(dead).toEqual([expect.objectContaining({ status: 'dead', attempts: 4, last_error: expect.stringMatching(/answered 500/) })]);
      failing = false;
      expect((await gov(db, [...admin, 'deliveries', 'replay', dead[0].delivery_id])).out).toBe(`delivery ${dead[0].delivery_id}: delivered after 1 attempts\n`);
      expect(process.exitCode).toBeUndefined();
      expect((await gov(db, [...admin, 'deliveries', 'list'])).out).toBe('(no dead deliveries)\n');
      expect((await gov(db, ['--actor', 'alice', 'deliveries', 'list'])).error).toMatchObject({ exitCode: 3 });
    } finally {
      delete process.env.GOV_TEST_SECRET;
      delete process.env.OCI_MLOPS_GOVERNANCE_DELIVERY_BASE_DELAY_MS;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('serves the HTTP API on the store until SIGTERM (governance serve)', async () => {
    const db = join(dir, 'serve.db');
    await gov(db, ['--actor', 'alice', 'register', '--file', MODEL]);
    const printed: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
      printed.push(String(c));
      return true;
    });
    const running = buildProgram().parseAsync(['node', 'oci-mlops', 'governance', '--db', db, 'serve', '--port', '0']);
    try {
      for (let i = 0; i < 100 && !printed.some((l) => l.startsWith('governance API listening on')); i++) await new Promise((r) => setTimeout(r, 50));
      const url = /listening on (\S+)/.exec(printed.join(''))![1];
      const res = await fetch(`${url}/models/churn-classifier-3`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { state: string }).state).toBe('registered');
      const denied = await fetch(`${url}/models/churn-classifier-3/approval-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"approval_type":"technical"}' });
      expect(denied.status).toBe(401);
    } finally {
      process.emit('SIGTERM');
      await running;
      spy.mockRestore();
    }
  });
});
