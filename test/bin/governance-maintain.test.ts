import { join } from 'node:path';
import { Command } from 'commander';
import { CliError } from '../../bin/cli-error';
import { GOVERNANCE_EXIT, registerGovernanceCommand } from '../../bin/commands/governance';
import { OciTestServer } from '../support/oci-test-server';
import { spawnTs } from '../runtime/governance/children/run';
import { objectStorage } from '../runtime/governance/object-storage-fake';
import { ALICE, sqliteService, tempDir, withRiskTier } from '../runtime/governance/support';

const ANCHOR_ENV = { OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET: 'mlops-governance-anchors', OCI_MLOPS_GOVERNANCE_ANCHOR_NAMESPACE: 'tenancyns' };

/** The summary line (jest's console, unlike Node's, writes the SDK's retry warnings to the same stdout). */
function lastJsonLine(chunks: string[]): string {
  return chunks.join('').split('\n').filter((l) => l.startsWith('{"event":"governance_maintenance"')).join('\n');
}

/** Runs `oci-mlops governance ... maintain ...` in this process with extra environment; returns stdout, exit code and any CliError. */
async function maintain(db: string, args: string[], env: Record<string, string>): Promise<{ out: string; exitCode: number; error?: CliError }> {
  const chunks: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    chunks.push(String(c));
    return true;
  });
  try {
    const program = new Command('oci-mlops');
    registerGovernanceCommand(program);
    await program.parseAsync(['node', 'oci-mlops', 'governance', '--db', db, 'maintain', ...args]);
    return { out: lastJsonLine(chunks), exitCode: Number(process.exitCode ?? 0) };
  } catch (err) {
    if (err instanceof CliError) return { out: lastJsonLine(chunks), exitCode: err.exitCode, error: err };
    throw err;
  } finally {
    spy.mockRestore();
    process.exitCode = undefined;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Runs the scheduled job's entry (functions/governance/maintain.ts) as the container would; resolves with its stdout and exit code. */
function runJobEntry(env: NodeJS.ProcessEnv): Promise<{ out: string; code: number | null }> {
  const child = spawnTs('functions/governance/maintain.ts', [], env);
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.resume();
  return new Promise((resolve) => child.on('exit', (code) => resolve({ out, code })));
}

describe('oci-mlops governance maintain and the maintenance job entry', () => {
  const { dir, cleanup } = tempDir();
  const server = new OciTestServer();
  let endpoint: string;
  let configFile: string;
  beforeAll(async () => {
    endpoint = await server.start();
    configFile = server.writeConfigFile(dir);
  });
  afterAll(async () => {
    await server.stop();
    cleanup();
  });

  async function seeded(name: string, models = 2): Promise<string> {
    const file = join(dir, name);
    const { store, service } = sqliteService(file);
    for (let v = 1; v <= models; v++) await service.register(ALICE, withRiskTier('low', { version: String(v) }));
    await store.close();
    return file;
  }

  test('anchors the chain head of a SQLite store in the bucket served by the test server and prints one JSON line', async () => {
    const objects = objectStorage(server);
    const db = await seeded('cli.db');
    const r = await maintain(db, ['--require-anchor', '--object-storage-endpoint', endpoint], { ...ANCHOR_ENV, OCI_CONFIG_FILE: configFile });
    expect(r.error).toBeUndefined();
    expect(r.exitCode).toBe(0);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    const summary = JSON.parse(r.out);
    expect(summary).toMatchObject({ event: 'governance_maintenance', ok: true, exit_code: 0, anchor: { status: 'anchored', sequence: 2 }, deliveries: { status: 'drained', delivered: 0, dead: 0 } });
    expect([...objects.keys()]).toEqual(['audit-anchors/0000000000000002.json']);
    expect(JSON.parse(objects.get('audit-anchors/0000000000000002.json')!.toString())).toEqual({ sequence: 2, record_hash: summary.anchor.record_hash, anchored_at: summary.anchor.anchored_at });
    expect(server.requests.every((q) => q.signatureError === null)).toBe(true);
  });

  test('exits 1 when the store no longer matches its newest anchor', async () => {
    objectStorage(server);
    const db = await seeded('tampered.db');
    const env = { ...ANCHOR_ENV, OCI_CONFIG_FILE: configFile, OCI_MLOPS_GOVERNANCE_OBJECTSTORAGE_ENDPOINT: endpoint };
    expect((await maintain(db, [], env)).exitCode).toBe(0);
    const { store } = sqliteService(db);
    store.db.exec('DROP TRIGGER gov_audit_no_update');
    store.db.prepare("UPDATE gov_audit SET record_hash = 'beef' || substr(record_hash, 5) WHERE sequence = 2").run();
    await store.close();
    const r = await maintain(db, [], env);
    expect(r.exitCode).toBe(GOVERNANCE_EXIT.auditBroken);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, anchor: { status: 'chain_broken', sequence: 2 } });
  });

  test('exits 2 with --require-anchor when no anchor bucket is configured', async () => {
    const r = await maintain(await seeded('no-bucket.db', 1), ['--require-anchor'], {});
    expect(r.exitCode).toBe(GOVERNANCE_EXIT.badInput);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, anchor: { status: 'not_configured' }, deliveries: { status: 'drained' } });
  });

  test('exits 6 when the anchor bucket cannot be written', async () => {
    server.setHandler(() => ({ status: 403, json: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed or requested resource not found' } }));
    const r = await maintain(await seeded('denied.db', 1), ['--object-storage-endpoint', endpoint], { ...ANCHOR_ENV, OCI_CONFIG_FILE: configFile });
    expect(r.exitCode).toBe(GOVERNANCE_EXIT.maintenanceFailed);
    expect(JSON.parse(r.out).anchor).toMatchObject({ status: 'failed', error: expect.stringMatching(/^anchoring failed: 403 /) });
  });

  test('the job entry runs the same maintenance from the function configuration and exits with its code', async () => {
    const objects = objectStorage(server);
    const db = await seeded('job.db');
    const env = { ...ANCHOR_ENV, OCI_MLOPS_GOVERNANCE_DB: db, OCI_CONFIG_FILE: configFile, OCI_MLOPS_GOVERNANCE_OBJECTSTORAGE_ENDPOINT: endpoint };
    const ok = await runJobEntry(env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ event: 'governance_maintenance', ok: true, anchor: { status: 'anchored', sequence: 2 } });
    expect(objects.size).toBe(1);
    const broken = await runJobEntry({ OCI_MLOPS_GOVERNANCE_STORE: 'adb' });
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.out)).toMatchObject({ ok: false, error: expect.stringMatching(/OCI_MLOPS_GOVERNANCE_STORE=adb needs/) });
    // Two child processes, each compiling the entry through tsx: under half a minute on an idle machine, more on a loaded one.
  }, 120_000);
});
