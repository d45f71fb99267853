import { type RecordedRequest, type TestResponse } from '../../support/oci-test-server';

/** A fake Streaming stream: one partition, group cursors, commits recorded; `failNext` fails calls on purpose. */
export class FakeStream {
  messages: { value: string; offset: number }[] = [];
  committed = -1;
  failNext: { path: string; status: number; times: number } | null = null;
  readonly calls: string[] = [];
  /** Group name and instance name of each CreateGroupCursor call. */
  readonly cursors: { groupName: string; instanceName?: string }[] = [];

  constructor(readonly streamId: string) {}

  /** Appends messages: objects and arrays as JSON, strings as they are. */
  push(...values: unknown[]): void {
    for (const v of values) this.messages.push({ value: Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64'), offset: this.messages.length });
  }

  handle(req: RecordedRequest): TestResponse {
    const url = new URL(req.url, 'http://x');
    const op = url.pathname.replace(`/20180418/streams/${encodeURIComponent(this.streamId)}`, '');
    this.calls.push(`${req.method} ${op}`);
    if (this.failNext && op === this.failNext.path && this.failNext.times > 0) {
      this.failNext.times--;
      return { status: this.failNext.status, json: { code: 'InternalServerError', message: 'failing on purpose' } };
    }
    if (op === '/groupCursors') {
      const body = JSON.parse(req.body.toString()) as { commitOnGet: boolean; groupName: string; instanceName?: string };
      if (body.commitOnGet !== false) return { status: 400, json: { code: 'InvalidParameter', message: 'expected commitOnGet false' } };
      this.cursors.push({ groupName: body.groupName, instanceName: body.instanceName });
      return { status: 200, json: { value: `c${this.committed + 1}` } };
    }
    const cursor = url.searchParams.get('cursor') ?? '';
    const from = Number(cursor.slice(1));
    if (op === '/messages') {
      const limit = Number(url.searchParams.get('limit'));
      const items = this.messages.slice(from, from + limit).map((m) => ({ stream: 'features', partition: '0', key: null, value: m.value, offset: m.offset, timestamp: new Date(0).toISOString() }));
      return { status: 200, json: items, headers: { 'opc-next-cursor': `c${from + items.length}` } };
    }
    if (op === '/commit') {
      this.committed = from - 1;
      return { status: 200, json: { value: cursor } };
    }
    return { status: 404, json: { code: 'NotFound', message: op } };
  }
}

/** Several fake streams behind one endpoint, told apart by the stream OCID in the path. */
export function routeToStreams(...streams: FakeStream[]): (req: RecordedRequest) => TestResponse {
  return (req) => {
    const stream = streams.find((s) => req.url.startsWith(`/20180418/streams/${encodeURIComponent(s.streamId)}/`));
    return stream ? stream.handle(req) : { status: 404, json: { code: 'NotAuthorizedOrNotFound', message: `no stream at ${req.url}` } };
  };
}
