import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataScienceClient } from 'oci-datascience';
import { NotificationDataPlaneClient } from 'oci-ons';
import { ociClientConfiguration } from '../../../runtime/oci';
import { CatalogSink } from '../../../runtime/governance/adapters/catalog-sink';
import { DeliveryWorker } from '../../../runtime/governance/adapters/delivery-worker';
import { OnsSink } from '../../../runtime/governance/adapters/ons-sink';
import { WebhookSink } from '../../../runtime/governance/adapters/webhook-sink';
import { verifyWebhookSignature } from '../../../runtime/governance/verify-webhook-signature';
import { type Delivery } from '../../../runtime/governance/types';
import { OciTestServer } from '../../support/oci-test-server';
import { ADMIN, ALICE, BOB, OPS, sqliteService, tempDir, withRiskTier } from './support';

const SECRET = 'webhook-secret-for-tests';

/** A webhook receiver that checks the signature, fails the first `failures` calls with 503, and records what it got. */
class WebhookReceiver {
  readonly received: { headers: IncomingMessage['headers']; body: string; signatureProblem: string | null }[] = [];
  failures = 0;
  status = 200;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        const signatureProblem = verifyWebhookSignature(SECRET, req.headers['x-oci-mlops-signature'] as string | undefined, body);
        this.received.push({ headers: req.headers, body, signatureProblem });
        if (signatureProblem) {
          res.writeHead(401).end(signatureProblem);
        } else if (this.failures > 0) {
          this.failures--;
          res.writeHead(503).end('try later');
        } else {
          res.writeHead(this.status).end('ok');
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe('event deliveries', () => {
  const { dir, cleanup } = tempDir();
  const receiver = new WebhookReceiver();
  let hookUrl: string;
  let n = 0;
  beforeAll(async () => { hookUrl = await receiver.start(); });
  afterAll(async () => { await receiver.stop(); cleanup(); });
  beforeEach(() => { receiver.received.length = 0; receiver.failures = 0; receiver.status = 200; });

  /** A service whose worker sends at once, with short backoff. */
  function setup(secret = SECRET) {
    const ctx = sqliteService(join(dir, `d${++n}.db`), { onDeliveries: (d: readonly Delivery[]) => worker.enqueue(d) });
    const worker: DeliveryWorker = new DeliveryWorker(ctx.store, { sinks: { webhook: new WebhookSink(ctx.store) }, baseDelayMs: 5, maxDelayMs: 20 });
    return { ...ctx, worker, hook: () => ctx.service.addWebhook(ADMIN, { system_name: 'ticketing', url: hookUrl, secret }) };
  }

  test('POSTs every transition to the webhook with a valid HMAC signature, without waiting in the transition', async () => {
    const { store, service, worker, hook } = setup();
    await hook();
    const m = await service.register(ALICE, withRiskTier('low'));
    await worker.idle();
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.signatureProblem).toBeNull();
    expect(got.headers['x-oci-mlops-event']).toBe('model.registered');
    expect(JSON.parse(got.body)).toMatchObject({ type: 'model.registered', model_id: m.modelId, state_after: 'registered', actor: 'alice' });
    expect((await store.listDeliveries('delivered'))).toHaveLength(1);
    await store.close();
  });

  test('retries a failing webhook with backoff and succeeds on the fourth attempt', async () => {
    const { store, service, worker, hook } = setup();
    await hook();
    receiver.failures = 3;
    await service.register(ALICE, withRiskTier('low'));
    await worker.idle();
    expect(receiver.received).toHaveLength(4);
    expect(await store.listDeliveries('delivered')).toEqual([expect.objectContaining({ attempts: 4, lastError: null })]);
    await store.close();
  });

  test('fails to deliver after 3 retries, keeps a dead letter, and replays it once the receiver is back', async () => {
    const { store, service, worker, hook } = setup();
    await hook();
    receiver.failures = 100;
    const m = await service.register(ALICE, withRiskTier('low'));
    // The transition has committed and answered while its delivery is still being retried.
    expect((await service.status(m.modelId)).model.state).toBe('registered');
    expect(await store.listDeliveries('pending')).toHaveLength(1);
    await worker.idle();
    expect(receiver.received).toHaveLength(4);
    const [dead] = await service.listDeliveries(ADMIN, 'dead');
    expect(dead).toMatchObject({ attempts: 4, lastError: expect.stringMatching(/answered 503: try later/) });
    receiver.failures = 0;
    const replayed = await worker.deliver(await service.replayDelivery(ADMIN, dead!.deliveryId));
    expect(replayed).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(receiver.received.at(-1)!.signatureProblem).toBeNull();
    expect(JSON.parse(receiver.received.at(-1)!.body).event_id).toBe(dead!.event.event_id);
    expect(await service.listDeliveries(ADMIN, 'dead')).toEqual([]);
    expect((await service.auditTrail(m.modelId)).map((r) => JSON.parse(r.content).action)).toEqual(['model.registered', 'delivery.replayed']);
    await expect(service.replayDelivery(ADMIN, dead!.deliveryId)).rejects.toMatchObject({ status: 409 });
    await store.close();
  });

  test('fails without retrying when the receiver rejects the signature (a webhook registered with another secret)', async () => {
    const { store, service, worker, hook } = setup('a-different-secret-value');
    await hook();
    await service.register(ALICE, withRiskTier('low'));
    await worker.idle();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.signatureProblem).toBe('signature does not match the body');
    expect(await store.listDeliveries('dead')).toEqual([expect.objectContaining({ attempts: 1, lastError: expect.stringMatching(/answered 401/) })]);
    await store.close();
  });

  test('fails to a dead letter when the receiver is unreachable', async () => {
    const { store, service, worker } = setup();
    await service.addWebhook(ADMIN, { system_name: 'gone', url: 'http://127.0.0.1:9/nowhere', secret: SECRET });
    await service.register(ALICE, withRiskTier('low'));
    await worker.idle();
    expect(await store.listDeliveries('dead')).toEqual([expect.objectContaining({ attempts: 4, lastError: expect.stringMatching(/POST http:\/\/127.0.0.1:9\/nowhere failed/) })]);
    await store.close();
  });

  test('sends deliveries left pending (say, by a crash) when drained', async () => {
    const ctx = sqliteService(join(dir, `d${++n}.db`));
    await ctx.service.addWebhook(ADMIN, { system_name: 'ticketing', url: hookUrl, secret: SECRET });
    await ctx.service.register(ALICE, withRiskTier('low'));
    expect(receiver.received).toHaveLength(0);
    const worker = new DeliveryWorker(ctx.store, { sinks: { webhook: new WebhookSink(ctx.store) }, baseDelayMs: 5 });
    expect(await worker.drain()).toEqual({ delivered: 1, dead: 0 });
    expect(receiver.received).toHaveLength(1);
    await ctx.store.close();
  });
});

describe('Notifications and model catalog deliveries against signed-request test servers', () => {
  const { dir, cleanup } = tempDir();
  const ons = new OciTestServer();
  const ds = new OciTestServer();
  let onsUrl: string;
  let dsUrl: string;
  beforeAll(async () => { onsUrl = await ons.start(); dsUrl = await ds.start(); });
  afterAll(async () => { await ons.stop(); await ds.stop(); cleanup(); });

  function setup() {
    const onsClient = new NotificationDataPlaneClient({ authenticationDetailsProvider: ons.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    onsClient.endpoint = onsUrl;
    const dsClient = new DataScienceClient({ authenticationDetailsProvider: ds.auth }, ociClientConfiguration({ maxAttempts: 1 }));
    dsClient.endpoint = dsUrl;
    const ctx = sqliteService(join(dir, `o${Math.random()}.db`), { targets: { ons: true, catalog: true }, onDeliveries: (d: readonly Delivery[]) => worker.enqueue(d) });
    const worker: DeliveryWorker = new DeliveryWorker(ctx.store, { sinks: { ons: new OnsSink(onsClient, 'ocid1.onstopic.oc1.iad.test'), catalog: new CatalogSink(dsClient) }, baseDelayMs: 5, maxDelayMs: 20 });
    return { ...ctx, worker };
  }

  test('publishes each event to the topic, retrying a 429 and a 503', async () => {
    const { store, service, worker } = setup();
    let calls = 0;
    ons.setHandler(() => (++calls <= 2 ? { status: calls === 1 ? 429 : 503, json: { code: 'TooManyRequests', message: 'slow down' } } : { status: 200, json: { messageId: `m-${calls}`, timeStamp: '2026-11-01T00:00:00Z' } }));
    await service.register(ALICE, withRiskTier('low'));
    await worker.idle();
    expect(calls).toBe(3);
    const req = ons.requests.at(-1)!;
    expect(req.signatureError).toBeNull();
    expect(req.url).toBe('/20181201/topics/ocid1.onstopic.oc1.iad.test/messages');
    const message = JSON.parse(req.body.toString());
    expect(message.title).toBe('oci-mlops governance: model.registered churn-classifier-3');
    expect(JSON.parse(message.body)).toMatchObject({ type: 'model.registered', model_id: 'churn-classifier-3' });
    expect(await store.listDeliveries('delivered')).toHaveLength(1);
    await store.close();
  });

  test('fails to a dead letter when the topic refuses with 404, without retrying', async () => {
    const { store, service, worker } = setup();
    ons.requests.length = 0;
    ons.setHandler(() => ({ status: 404, json: { code: 'NotAuthorizedOrNotFound', message: 'no such topic' } }));
    await service.register(ALICE, withRiskTier('low'));
    await worker.idle();
    expect(ons.requests).toHaveLength(1);
    expect(await store.listDeliveries('dead')).toEqual([expect.objectContaining({ target: 'ons', attempts: 1, lastError: expect.stringMatching(/failed with 404/) })]);
    await store.close();
  });

  test('writes state and approvers into the catalog entry on approval and deployment, keeping other metadata and sending If-Match', async () => {
    const { store, service, worker } = setup();
    ons.setHandler(() => ({ status: 200, json: { messageId: 'm', timeStamp: '2026-11-01T00:00:00Z' } }));
    let metadata: { key: string; value: string }[] = [{ key: 'team', value: 'retention' }, { key: 'GovernanceState', value: 'stale' }];
    let etag = 1;
    let conflicts = 1;
    ds.requests.length = 0;
    ds.setHandler((req) => {
      if (req.method === 'GET') return { status: 200, json: { id: 'ocid1.datasciencemodel.oc1.iad.amaaaaaaexamplemodel', customMetadataList: metadata }, headers: { etag: String(etag) } };
      if (req.headers['if-match'] !== String(etag)) return { status: 412, json: { code: 'NoEtagMatch', message: 'etag' } };
      if (conflicts-- > 0) { etag++; return { status: 412, json: { code: 'NoEtagMatch', message: 'changed meanwhile' } }; }
      metadata = JSON.parse(req.body.toString()).customMetadataList;
      etag++;
      return { status: 200, json: { id: 'x', customMetadataList: metadata }, headers: { etag: String(etag) } };
    });
    const m = await service.register(ALICE, withRiskTier('low'));
    const r = await service.requestApproval(ALICE, m.modelId, 'technical');
    await service.decide(BOB, r.requestId, 'approve');
    await worker.idle();
    const value = (k: string) => metadata.find((x) => x.key === k)?.value;
    expect(value('GovernanceState')).toBe('approved');
    expect(value('GovernanceApprovers')).toBe('bob (technical)');
    expect(value('team')).toBe('retention');
    expect(metadata.filter((x) => x.key === 'GovernanceState')).toHaveLength(1);
    await service.transition(OPS, m.modelId, 'deploy');
    await worker.idle();
    expect(value('GovernanceState')).toBe('deployed');
    expect(value('GovernanceAuditSequence')).toBe(String((await store.getAuditHead())!.sequence));
    expect(ds.requests.every((q) => q.signatureError === null)).toBe(true);
    expect(ds.requests.filter((q) => q.method === 'PUT').map((q) => q.url)).toContain('/20190101/models/ocid1.datasciencemodel.oc1.iad.amaaaaaaexamplemodel');
    await store.close();
  });
});
