/**
 * Governance figures, printed (median of --runs runs):
 *  1. durable transitions per second on SQLite (WAL, synchronous=FULL: each commit is fsynced), each
 *     transition = model row + audit record + chain head in one transaction;
 *  2. time to verify a 100,000-record audit chain read from SQLite (goal: under 1 s), and the pure
 *     hashing part alone;
 *  3. latency of the HTTP handlers under load (autocannon against `governance serve`'s server):
 *     reads (GET /models/{id}) and writes (POST /models).
 *
 *   npm run bench:governance [-- --runs 3 --transitions 1000 --records 100000 --duration 10 --connections 10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { SqliteGovernanceStore } from '../../runtime/governance/adapters/sqlite-store';
import { GovernanceService } from '../../runtime/governance/governance-service';
import { serveGovernance } from '../../runtime/governance/http/serve-governance';
import { nextAuditRecord } from '../../runtime/governance/next-audit-record';
import { parseApprovalPolicy } from '../../runtime/governance/parse-approval-policy';
import { type AuditHead } from '../../runtime/governance/types';
import { verifyAuditChain } from '../../runtime/governance/verify-audit-chain';

const opts = new Command('bench-governance')
  .option('--runs <n>', 'runs per figure', '3')
  .option('--transitions <n>', 'transitions per durability run', '1000')
  .option('--records <n>', 'audit chain length to verify', '100000')
  .option('--duration <sec>', 'seconds per HTTP load run', '10')
  .option('--connections <n>', 'concurrent HTTP connections', '10')
  .parse(process.argv)
  .opts<{ runs: string; transitions: string; records: string; duration: string; connections: string }>();

const ROOT = join(__dirname, '..', '..');
const runs = Number(opts.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const model = parse(readFileSync(join(ROOT, 'examples/governance/churn-model.yaml'), 'utf8')) as Record<string, unknown>;
const alice = { actor: 'alice', groups: [] };
const dir = mkdtempSync(join(tmpdir(), 'bench-governance-'));
let fileNo = 0;
const open = () => {
  const store = new SqliteGovernanceStore(join(dir, `b${++fileNo}.db`));
  return { store, service: new GovernanceService({ store, policy: parseApprovalPolicy() }) };
};

async function durableTransitions(n: number): Promise<number> {
  const { store, service } = open();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n / 2; i++) {
    const m = await service.register(alice, { ...model, name: 'bench', version: String(i) });
    await service.requestApproval(alice, m.modelId, 'technical');
  }
  const sec = Number(process.hrtime.bigint() - start) / 1e9;
  await store.close();
  return n / sec;
}

/** Writes `n` realistic audit records straight into a store, in one transaction. */
async function chainStore(n: number): Promise<SqliteGovernanceStore> {
  const { store } = open();
  await store.transaction(async (tx) => {
    let head: AuditHead | null = null;
    for (let i = 1; i <= n; i++) {
      const record = nextAuditRecord(head, {
        actor: i % 3 ? 'alice' : 'bob', action: i % 2 ? 'approval.requested' : 'approval.decided',
        subject: { type: 'approval_request', id: `8f0c6a4e-5d1b-4c36-9a3e-${String(i).padStart(12, '0')}`, model_id: `churn-classifier-${i % 500}` },
        before: { model_state: 'registered' }, after: { model_state: 'pending_approval', approval_type: 'technical', approver_group: 'ml-reviewers', status: 'pending' },
        time: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
      });
      await tx.appendAuditRecord(record, `churn-classifier-${i % 500}`);
      head = { sequence: record.sequence, recordHash: record.recordHash };
    }
  });
  return store;
}

async function httpLoad(): Promise<{ read: autocannon.Result; write: autocannon.Result }> {
  const { store, service } = open();
  await service.register(alice, { ...model, version: 'read' });
  const { server, url } = await serveGovernance({ service }, { port: 0 });
  const common = { url, connections: Number(opts.connections), duration: Number(opts.duration) };
  const read = await autocannon({ ...common, requests: [{ method: 'GET', path: '/models/churn-classifier-read' }] });
  let v = 0;
  const write = await autocannon({
    ...common,
    requests: [{
      method: 'POST', path: '/models', headers: { 'content-type': 'application/json', 'x-governance-actor': 'alice' },
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ ...model, name: 'load', version: String(++v) }) }),
    }],
  });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  return { read, write };
}

void (async () => {
  console.log(`governance bench: ${cpus().length} CPUs (${cpus()[0]?.model}), Node ${process.version}, SQLite file in ${tmpdir()}, median of ${runs} runs`);

  const tps: number[] = [];
  for (let r = 0; r < runs; r++) tps.push(await durableTransitions(Number(opts.transitions)));
  console.log(`durable transitions/s (SQLite WAL, synchronous=FULL): ${median(tps).toFixed(0)}  [runs: ${tps.map((x) => x.toFixed(0)).join(', ')}]`);

  const n = Number(opts.records);
  const store = await chainStore(n);
  const service = new GovernanceService({ store, policy: parseApprovalPolicy() });
  const total: number[] = [];
  const cpu: number[] = [];
  const hashing: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t = process.hrtime.bigint();
    const c = process.cpuUsage();
    const v = await service.verifyAudit();
    total.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (!v.ok || v.count !== n) throw new Error(`bench: verification failed: ${JSON.stringify(v)}`);
    const records = [...(await store.readAuditChain())];
    t = process.hrtime.bigint();
    verifyAuditChain(records, await store.getAuditHead());
    hashing.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  await store.close();
  const ms = median(total);
  console.log(`verify ${n} audit records (read from SQLite + verify): ${ms.toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU (goal < 1000 ms: ${ms < 1000 ? 'met' : 'NOT met'}); hashing alone ${median(hashing).toFixed(0)} ms  [runs: ${total.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`  (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}: wall time above CPU time means other processes held the cores)`);

  const reads: number[][] = [];
  const writes: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const { read, write } = await httpLoad();
    if (read.non2xx || write.non2xx || read.errors || write.errors) throw new Error(`bench: HTTP errors: read ${read.non2xx}/${read.errors}, write ${write.non2xx}/${write.errors}`);
    reads.push([read.latency.p50, read.latency.p99, read.requests.average]);
    writes.push([write.latency.p50, write.latency.p99, write.requests.average]);
  }
  const fig = (xs: number[][], i: number) => median(xs.map((x) => x[i]!));
  console.log(`HTTP GET /models/{id}, ${opts.connections} connections, ${opts.duration} s: p50 ${fig(reads, 0)} ms, p99 ${fig(reads, 1)} ms, ${fig(reads, 2).toFixed(0)} req/s`);
  console.log(`HTTP POST /models (durable write), ${opts.connections} connections, ${opts.duration} s: p50 ${fig(writes, 0)} ms, p99 ${fig(writes, 1)} ms, ${fig(writes, 2).toFixed(0)} req/s`);
  rmSync(dir, { recursive: true, force: true });
})().catch((err: unknown) => {
  console.error(err);
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
