import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { parse } from 'yaml';
import { anchorAuditHead, latestAuditAnchor } from '../../runtime/governance/adapters/audit-anchor';
import { type GovernanceConfig, governanceConfigFromEnv, openGovernance, type GovernanceRuntime } from '../../runtime/governance/adapters/open-governance';
import { MAINTENANCE_EXIT, runGovernanceMaintenance } from '../../runtime/governance/adapters/run-governance-maintenance';
import { checkAuditAnchor } from '../../runtime/governance/check-audit-anchor';
import { GovernanceError } from '../../runtime/governance/governance-error';
import { serveGovernance } from '../../runtime/governance/http/serve-governance';
import { approvalRequestJson, auditRecordJson, deliveryJson, modelJson, webhookJson } from '../../runtime/governance/http/to-json';
import { type Caller, MODEL_STATES } from '../../runtime/governance/types';
import { CliError } from '../cli-error';
import { type CommandRegistrar } from '../command-registrar';

/** Exit codes of `oci-mlops governance` (besides 0): documented in docs/governance.md. */
export const GOVERNANCE_EXIT = { auditBroken: 1, badInput: 2, notAllowed: 3, notFound: 4, conflict: 5, maintenanceFailed: MAINTENANCE_EXIT.stepFailed } as const;

interface GlobalOpts {
  db?: string;
  policy?: string;
  actor?: string;
  groups?: string;
  json?: boolean;
}

function exitCodeOf(err: GovernanceError): number {
  switch (err.code) {
    case 'unauthenticated': case 'forbidden': case 'four_eyes_violation': return GOVERNANCE_EXIT.notAllowed;
    case 'not_found': return GOVERNANCE_EXIT.notFound;
    case 'conflict': case 'invalid_transition': case 'already_exists': return GOVERNANCE_EXIT.conflict;
    default: return GOVERNANCE_EXIT.badInput;
  }
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Opens the runtime from flags and environment, runs `fn`, waits for deliveries and closes. */
async function withGovernance(
  cmd: Command,
  fn: (rt: GovernanceRuntime, o: GlobalOpts) => Promise<void>,
  configure: (config: GovernanceConfig) => GovernanceConfig = (c) => c,
): Promise<void> {
  const o = cmd.optsWithGlobals() as GlobalOpts;
  let rt: GovernanceRuntime;
  try {
    rt = await openGovernance(configure(governanceConfigFromEnv(process.env, { dbFile: o.db, policyFile: o.policy })));
  } catch (err) {
    throw new CliError(`oci-mlops governance: ${(err as Error).message}`, GOVERNANCE_EXIT.badInput);
  }
  try {
    await fn(rt, o);
  } catch (err) {
    if (err instanceof GovernanceError) throw new CliError(`oci-mlops governance: ${err.code}: ${err.message}`, exitCodeOf(err));
    throw err;
  } finally {
    await rt.close();
  }
}

function callerOf(o: GlobalOpts): Caller {
  const actor = o.actor ?? process.env.OCI_MLOPS_GOVERNANCE_ACTOR ?? '';
  const groups = (o.groups ?? process.env.OCI_MLOPS_GOVERNANCE_GROUPS ?? '').split(',').map((g) => g.trim()).filter(Boolean);
  return { actor, groups };
}

function output(o: GlobalOpts, json: unknown, text: string): void {
  print(o.json ? JSON.stringify(json, null, 2) : text);
}

/**
 * `oci-mlops governance`: register models, request and decide approvals (four eyes), deploy/roll back/
 * retire, read status and audit trails, verify and anchor the audit chain, manage webhooks and dead
 * letters, and serve the HTTP API locally. State lives in a SQLite file (`--db` or
 * `OCI_MLOPS_GOVERNANCE_DB`) or Autonomous Database (`OCI_MLOPS_GOVERNANCE_STORE=adb`).
 */
export const registerGovernanceCommand: CommandRegistrar = (program) => {
  const gov = program
    .command('governance')
    .description('Model governance: registration, four-eyes approval, lifecycle, hash-chained audit trail.')
    .option('--db <file>', 'SQLite governance database (default: $OCI_MLOPS_GOVERNANCE_DB)')
    .option('--policy <file>', 'approval policy YAML (default: $OCI_MLOPS_GOVERNANCE_POLICY_FILE, else built-in defaults)')
    .option('--actor <name>', 'who is calling (default: $OCI_MLOPS_GOVERNANCE_ACTOR)')
    .option('--groups <a,b>', 'groups of the caller, comma-separated (default: $OCI_MLOPS_GOVERNANCE_GROUPS)')
    .option('--json', 'print JSON');

  gov.command('register')
    .description('Register a model from its YAML file (model_id = <name>-<version>).')
    .requiredOption('--file <model.yaml>', 'model registration YAML')
    .action(async (opts: { file: string }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      let doc: unknown;
      try {
        doc = parse(readFileSync(opts.file, 'utf8'));
      } catch (err) {
        throw new CliError(`oci-mlops governance register: cannot read ${opts.file}: ${(err as Error).message}`, GOVERNANCE_EXIT.badInput);
      }
      const model = await rt.service.register(callerOf(o), doc);
      output(o, modelJson(model), `registered ${model.modelId} (state ${model.state})`);
    }));

  gov.command('request-approval')
    .description('Request an approval of one type for a model.')
    .argument('<model-id>')
    .requiredOption('--type <type>', 'approval type, e.g. technical, risk or business')
    .action(async (modelId: string, opts: { type: string }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const r = await rt.service.requestApproval(callerOf(o), modelId, opts.type);
      output(o, approvalRequestJson(r), `requested ${r.approvalType} approval for ${modelId}: request ${r.requestId}`);
    }));

  gov.command('decide')
    .description('Approve or reject an approval request (not by the model owner or the requester).')
    .argument('<request-id>')
    .addOption(new Option('--decision <decision>', 'approve or reject').choices(['approve', 'reject']).makeOptionMandatory())
    .option('--comment <text>', 'why')
    .action(async (requestId: string, opts: { decision: 'approve' | 'reject'; comment?: string }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const r = await rt.service.decide(callerOf(o), requestId, opts.decision, opts.comment);
      output(o, { request: approvalRequestJson(r.request), model: modelJson(r.model) }, `request ${requestId} ${r.request.status}; model ${r.model.modelId} is ${r.model.state}`);
    }));

  gov.command('transition')
    .description('Deploy, roll back or retire a model (operator group).')
    .argument('<model-id>')
    .addOption(new Option('--action <action>', 'lifecycle action').choices(['deploy', 'rollback', 'retire']).makeOptionMandatory())
    .option('--reason <text>', 'why')
    .action(async (modelId: string, opts: { action: 'deploy' | 'rollback' | 'retire'; reason?: string }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const m = await rt.service.transition(callerOf(o), modelId, opts.action, opts.reason);
      output(o, modelJson(m), `${modelId} is ${m.state}`);
    }));

  gov.command('evidence')
    .description("Record evidence about a model in its audit trail, e.g. a canary decision (operator group).")
    .argument('<model-id>')
    .requiredOption('--action <source.what>', 'what happened, e.g. canary.decision')
    .option('--details <json>', 'JSON object with the facts', '{}')
    .action(async (modelId: string, opts: { action: string; details: string }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      let details: unknown;
      try {
        details = JSON.parse(opts.details);
      } catch (err) {
        throw new CliError(`oci-mlops governance evidence: --details is not JSON: ${(err as Error).message}`, GOVERNANCE_EXIT.badInput);
      }
      if (typeof details !== 'object' || details === null || Array.isArray(details)) throw new CliError('oci-mlops governance evidence: --details must be a JSON object', GOVERNANCE_EXIT.badInput);
      const r = await rt.service.recordEvidence(callerOf(o), modelId, opts.action, details as Record<string, unknown>);
      output(o, auditRecordJson(r), `recorded ${opts.action} for ${modelId} as audit record ${r.sequence}`);
    }));

  gov.command('status')
    .description("Show a model, its approval requests and the approvals it still needs.")
    .argument('<model-id>')
    .action(async (modelId: string, _opts: unknown, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const s = await rt.service.status(modelId);
      const json = { ...modelJson(s.model), approval_requests: s.approval_requests.map(approvalRequestJson), required_approvals: s.required_approvals, missing_approvals: s.missing_approvals };
      const lines = [
        `${s.model.modelId}: ${s.model.state} (owner ${s.model.registration.owner}, risk tier ${s.model.registration.model_card.risk_tier})`,
        `required approvals: ${s.required_approvals.join(', ')}; missing: ${s.missing_approvals.join(', ') || 'none'}`,
        ...s.approval_requests.map((r) => `  ${r.requestId} ${r.approvalType} ${r.status}${r.decidedBy ? ` by ${r.decidedBy}` : ''} (requested by ${r.requestedBy})`),
      ];
      output(o, json, lines.join('\n'));
    }));

  gov.command('list')
    .description('List models, optionally in one state.')
    .addOption(new Option('--state <state>', 'only models in this state').choices([...MODEL_STATES]))
    .action(async (opts: { state?: string }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const models = await rt.service.list(opts.state);
      output(o, models.map(modelJson), models.map((m) => `${m.modelId}\t${m.state}\t${m.registration.owner}`).join('\n') || '(no models)');
    }));

  const audit = gov.command('audit').description('The hash-chained audit trail.');
  audit.command('verify')
    .description('Check the whole chain (and the newest Object Storage anchor when configured); exit 1 naming the first bad record.')
    .option('--no-anchor', 'skip the anchor check even when OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET is set')
    .action(async (opts: { anchor: boolean }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const v = await rt.service.verifyAudit();
      if (!v.ok) throw new CliError(`audit chain broken at record ${v.sequence}: ${v.problem}`, GOVERNANCE_EXIT.auditBroken);
      let anchorNote = '';
      if (opts.anchor && rt.config.anchor) {
        const anchor = await latestAuditAnchor(await rt.objectStorage(), rt.config.anchor);
        if (anchor) {
          const problem = checkAuditAnchor(await rt.store.getAuditRecord(anchor.sequence), anchor);
          if (problem) throw new CliError(`audit chain broken at record ${anchor.sequence}: ${problem}`, GOVERNANCE_EXIT.auditBroken);
          anchorNote = `; matches the anchor of record ${anchor.sequence} (${anchor.anchored_at})`;
        } else anchorNote = '; no anchor written yet';
      }
      output(o, { ...v, anchor_checked: Boolean(anchorNote) }, `audit chain verified: ${v.count} records${v.head ? `, head ${v.head.sequence} ${v.head.recordHash}` : ''}${anchorNote}`);
    }));
  audit.command('trail')
    .description("Print a model's audit records.")
    .argument('<model-id>')
    .action(async (modelId: string, _opts: unknown, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const records = (await rt.service.auditTrail(modelId)).map(auditRecordJson);
      output(o, records, records.map((r) => {
        const c = r.content as { time: string; actor: string; action: string; after: unknown };
        return `${r.sequence}\t${c.time}\t${c.actor}\t${c.action}\t${JSON.stringify(c.after)}`;
      }).join('\n'));
    }));
  audit.command('anchor')
    .description('Write the chain head to the anchor bucket (OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET/_NAMESPACE).')
    .action(async (_opts: unknown, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      if (!rt.config.anchor) throw new CliError('oci-mlops governance audit anchor: set OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET and OCI_MLOPS_GOVERNANCE_ANCHOR_NAMESPACE', GOVERNANCE_EXIT.badInput);
      const anchor = await anchorAuditHead(await rt.objectStorage(), rt.store, rt.config.anchor);
      output(o, anchor, anchor ? `anchored record ${anchor.sequence} (${anchor.record_hash})` : 'nothing to anchor: the chain is empty');
    }));

  gov.command('maintain')
    .description('Periodic work, as the scheduled job runs it: check the newest anchor, anchor the chain head, send pending deliveries; prints one JSON line (exit 1 chain broken, 2 no anchor bucket with --require-anchor, 6 a step failed).')
    .option('--require-anchor', 'fail (exit 2) when no anchor bucket is configured (OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET/_NAMESPACE)')
    .option('--object-storage-endpoint <url>', 'Object Storage endpoint override (default: $OCI_MLOPS_GOVERNANCE_OBJECTSTORAGE_ENDPOINT, else the region\'s)')
    .action(async (opts: { requireAnchor?: boolean; objectStorageEndpoint?: string }, cmd: Command) => {
      const objectStorage = opts.objectStorageEndpoint ?? (process.env.OCI_MLOPS_GOVERNANCE_OBJECTSTORAGE_ENDPOINT || undefined);
      await withGovernance(cmd, async (rt) => {
        const summary = await runGovernanceMaintenance(rt, { requireAnchor: opts.requireAnchor });
        // One line whatever --json says: the job's log is read by machines.
        print(JSON.stringify(summary));
        if (summary.exit_code !== MAINTENANCE_EXIT.ok) process.exitCode = summary.exit_code;
      }, (config) => (objectStorage ? { ...config, endpoints: { ...config.endpoints, objectStorage } } : config));
    });

  const webhooks = gov.command('webhooks').description('Webhooks that receive governance events (admin group).');
  webhooks.command('add')
    .description('Register a webhook; prints its HMAC secret once unless --secret-env names one.')
    .requiredOption('--name <system>', 'name of the receiving system')
    .requiredOption('--url <url>', 'https URL to POST events to')
    .option('--events <types>', 'comma-separated event types (default: all)')
    .option('--secret-env <var>', 'environment variable holding the HMAC secret (at least 16 characters)')
    .action(async (opts: { name: string; url: string; events?: string; secretEnv?: string }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const secret = opts.secretEnv ? process.env[opts.secretEnv] : undefined;
      if (opts.secretEnv && !secret) throw new CliError(`oci-mlops governance webhooks add: environment variable ${opts.secretEnv} is empty`, GOVERNANCE_EXIT.badInput);
      const w = await rt.service.addWebhook(callerOf(o), { system_name: opts.name, url: opts.url, events: opts.events?.split(',').map((e) => e.trim()).filter(Boolean), secret });
      output(o, webhookJson(w, !opts.secretEnv), `webhook ${w.webhookId} registered for ${w.events.join(', ')}${opts.secretEnv ? '' : `; secret (shown once): ${w.secret}`}`);
    }));

  const deliveries = gov.command('deliveries').description('Event deliveries: dead letters, replay, drain (admin group).');
  deliveries.command('list')
    .description('List deliveries, by default the dead letters.')
    .addOption(new Option('--status <status>', 'delivery status').choices(['pending', 'delivered', 'dead']).default('dead'))
    .action(async (opts: { status: 'pending' | 'delivered' | 'dead' }, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const list = await rt.service.listDeliveries(callerOf(o), opts.status);
      output(o, list.map(deliveryJson), list.map((d) => `${d.deliveryId}\t${d.target}\t${d.event.type}\t${d.event.model_id}\t${d.attempts} attempts\t${d.lastError ?? ''}`).join('\n') || `(no ${opts.status} deliveries)`);
    }));
  deliveries.command('replay')
    .description('Send a dead letter again (with retries); exit 5 if it fails again.')
    .argument('<delivery-id>')
    .action(async (id: string, _opts: unknown, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      const d = await rt.worker.deliver(await rt.service.replayDelivery(callerOf(o), id));
      output(o, deliveryJson(d), `delivery ${id}: ${d.status} after ${d.attempts} attempts${d.lastError ? ` (${d.lastError})` : ''}`);
      if (d.status !== 'delivered') process.exitCode = GOVERNANCE_EXIT.conflict;
    }));
  deliveries.command('drain')
    .description('Send every pending delivery (left by a crash or a frozen function).')
    .action(async (_opts: unknown, cmd: Command) => withGovernance(cmd, async (rt, o) => {
      callerOf(o);
      const r = await rt.worker.drain();
      output(o, r, `delivered ${r.delivered}, dead ${r.dead}`);
    }));

  gov.command('serve')
    .description('Serve the governance HTTP API (same handlers as functions/governance) on this store.')
    .option('--port <n>', 'TCP port', '8080')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--drain-interval-sec <n>', 'how often to send pending deliveries left over', '60')
    .action(async (opts: { port: string; host: string; drainIntervalSec: string }, cmd: Command) => {
      const o = cmd.optsWithGlobals() as GlobalOpts;
      const rt = await openGovernance(governanceConfigFromEnv(process.env, { dbFile: o.db, policyFile: o.policy })).catch((err: Error) => {
        throw new CliError(`oci-mlops governance serve: ${err.message}`, GOVERNANCE_EXIT.badInput);
      });
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`oci-mlops governance serve: --port must be 0-65535, got ${opts.port}`, GOVERNANCE_EXIT.badInput);
      const where = rt.config.anchor;
      const anchor = where ? async () => anchorAuditHead(await rt.objectStorage(), rt.store, where) : undefined;
      const { server, url } = await serveGovernance({ service: rt.service, worker: rt.worker, anchor, log: (m) => process.stderr.write(`${m}\n`) }, { port, host: opts.host });
      const timer = setInterval(() => void rt.worker.drain().catch(() => undefined), Math.max(1, Number(opts.drainIntervalSec)) * 1000);
      timer.unref();
      print(`governance API listening on ${url}`);
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      clearInterval(timer);
      await rt.close();
    });
};
