import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openGovernance, type GovernanceRuntime } from '../../../runtime/governance/adapters/open-governance';
import { MAINTENANCE_EXIT, runGovernanceMaintenance } from '../../../runtime/governance/adapters/run-governance-maintenance';
import { OciTestServer } from '../../support/oci-test-server';
import { objectStorage } from './object-storage-fake';
import { ADMIN, ALICE, sqliteService, tempDir, withRiskTier } from './support';

const WHERE = { namespace: 'tenancyns', bucket: 'mlops-governance-anchors' };
const CLOCK = () => new Date('2026-11-26T09:00:00Z');

describe('runGovernanceMaintenance', () => {
  const { dir, cleanup } = tempDir();
  const server = new OciTestServer();
  let endpoint: string;
  let hook: Server;
  let hookUrl: string;
  const hookCalls: string[] = [];
  let n = 0;

  beforeAll(async () => {
    endpoint = await server.start();
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        hookCalls.push(body);
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await server.stop();
    hook.closeAllConnections();
    await new Promise((resolve) => hook.close(resolve));
    cleanup();
  });
  beforeEach(() => {
    server.requests.length = 0;
    hookCalls.length = 0;
  });

  /** A SQLite store with one registered model and, optionally, a webhook whose delivery is left pending. */
  async function seeded(opts: { webhook?: boolean; models?: number } = {}): Promise<string> {
    const file = join(dir, `m${++n}.db`);
    const { store, service } = sqliteService(file);
    if (opts.webhook) await service.addWebhook(ADMIN, { system_name: 'ticketing', url: hookUrl, secret: 'maintenance-test-secret' });
    for (let v = 1; v <= (opts.models ?? 1); v++) await service.register(ALICE, withRiskTier('low', { version: String(v) }));
    await store.close();
    return file;
  }

  async function open(file: string, anchor = true): Promise<GovernanceRuntime> {
    return openGovernance({
      store: { kind: 'sqlite', file }, anchor: anchor ? WHERE : undefined, auth: server.auth, endpoints: { objectStorage: endpoint },
      delivery: { maxRetries: 0, baseDelayMs: 1 },
    });
  }

  test('checks the newest anchor, anchors the chain head with a signed PutObject and sends the pending webhook delivery', async () => {
    const objects = objectStorage(server);
    const rt = await open(await seeded({ webhook: true, models: 2 }));
    const first = await runGovernanceMaintenance(rt, { requireAnchor: true, clock: CLOCK });
    const head = (await rt.store.getAuditHead())!;
    expect(first).toEqual({
      event: 'governance_maintenance', ok: true, exit_code: 0,
      anchor: { status: 'anchored', sequence: head.sequence, record_hash: head.recordHash, anchored_at: '2026-11-26T09:00:00.000Z' },
      deliveries: { status: 'drained', delivered: 2, dead: 0 },
    });
    expect([...objects.keys()]).toEqual([`audit-anchors/${String(head.sequence).padStart(16, '0')}.json`]);
    expect(hookCalls.map((b) => JSON.parse(b).type)).toEqual(['model.registered', 'model.registered']);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);
    // The next run finds the head anchored already and nothing pending.
    const second = await runGovernanceMaintenance(rt, { requireAnchor: true, clock: CLOCK });
    expect(second.anchor).toMatchObject({ status: 'anchored', sequence: head.sequence });
    expect(second.deliveries).toEqual({ status: 'drained', delivered: 0, dead: 0 });
    expect(objects.size).toBe(1);
    await rt.close();
  });

  test('reports an empty chain as nothing to anchor, and succeeds', async () => {
    objectStorage(server);
    const rt = await open(join(dir, 'empty.db'));
    expect(await runGovernanceMaintenance(rt, { requireAnchor: true })).toMatchObject({ ok: true, exit_code: 0, anchor: { status: 'empty' } });
    await rt.close();
  });

  test('fails with exit 2 when the anchor bucket is required but not configured, and still drains', async () => {
    const rt = await open(await seeded({ webhook: true }), false);
    const summary = await runGovernanceMaintenance(rt, { requireAnchor: true });
    expect(summary).toMatchObject({ ok: false, exit_code: MAINTENANCE_EXIT.notConfigured, anchor: { status: 'not_configured' }, deliveries: { status: 'drained', delivered: 1 } });
    expect(server.requests).toHaveLength(0);
    expect(await runGovernanceMaintenance(rt)).toMatchObject({ ok: true, exit_code: 0, anchor: { status: 'not_configured' } });
    await rt.close();
  });

  test('fails with exit 1 and writes no anchor when an anchored record was rewritten in the store', async () => {
    const objects = objectStorage(server);
    const file = await seeded({ models: 2 });
    const rt = await open(file);
    expect((await runGovernanceMaintenance(rt, { clock: CLOCK })).exit_code).toBe(0);
    await rt.close();
    // The store's owner rewrites record 2 and recomputes nothing else: the trigger must be dropped first.
    const { store } = sqliteService(file);
    store.db.exec('DROP TRIGGER gov_audit_no_update');
    store.db.prepare("UPDATE gov_audit SET record_hash = 'f00d' || substr(record_hash, 5) WHERE sequence = 2").run();
    store.db.prepare("UPDATE gov_audit_head SET record_hash = (SELECT record_hash FROM gov_audit WHERE sequence = 2)").run();
    await store.close();
    const again = await open(file);
    const summary = await runGovernanceMaintenance(again, { clock: CLOCK });
    expect(summary).toMatchObject({ ok: false, exit_code: MAINTENANCE_EXIT.auditBroken, anchor: { status: 'chain_broken', sequence: 2 } });
    expect((summary.anchor as { error: string }).error).toMatch(/^audit chain broken at record 2: record 2 does not match its anchor/);
    expect(objects.size).toBe(1);
    await again.close();
  });

  test('fails with exit 1 when the chain does not verify, naming the first bad record', async () => {
    objectStorage(server);
    const file = await seeded({ models: 3 });
    const { store } = sqliteService(file);
    store.db.exec('DROP TRIGGER gov_audit_no_update');
    store.db.prepare("UPDATE gov_audit SET content = replace(content, '\"actor\":\"alice\"', '\"actor\":\"eve\"') WHERE sequence = 2").run();
    await store.close();
    const rt = await open(file);
    const summary = await runGovernanceMaintenance(rt);
    expect(summary).toMatchObject({ exit_code: MAINTENANCE_EXIT.auditBroken, anchor: { status: 'chain_broken', sequence: 2 } });
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    await rt.close();
  });

  test('fails with exit 6 when Object Storage refuses the anchor, and still drains', async () => {
    server.setHandler(() => ({ status: 404, json: { code: 'BucketNotFound', message: 'Either the bucket does not exist or you are not authorized' } }));
    const rt = await open(await seeded({ webhook: true }));
    const summary = await runGovernanceMaintenance(rt);
    expect(summary).toMatchObject({ ok: false, exit_code: MAINTENANCE_EXIT.stepFailed, deliveries: { status: 'drained', delivered: 1 } });
    expect((summary.anchor as { status: string; error: string })).toMatchObject({ status: 'failed', error: expect.stringMatching(/^anchoring failed: 404 .*bucket does not exist/) });
    await rt.close();
  });

  test('fails with exit 6 when the outbox cannot be read', async () => {
    objectStorage(server);
    const rt = await open(await seeded());
    const broken = { ...rt, worker: { drain: () => Promise.reject(new Error('database is locked')) } };
    expect(await runGovernanceMaintenance(broken)).toMatchObject({
      exit_code: MAINTENANCE_EXIT.stepFailed, anchor: { status: 'anchored' }, deliveries: { status: 'failed', error: 'draining deliveries failed: database is locked' },
    });
    await rt.close();
  });
});
