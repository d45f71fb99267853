import { createHash } from 'node:crypto';
import { type OciTestServer, type TestResponse } from '../../support/oci-test-server';

/** An Object Storage bucket in memory behind the signed-request test server, with If-None-Match and paging. */
export function objectStorage(server: OciTestServer, pageSize = 2) {
  const objects = new Map<string, Buffer>();
  server.setHandler((req): TestResponse => {
    const url = new URL(req.url, 'http://x');
    const m = /^\/n\/([^/]+)\/b\/([^/]+)\/o(?:\/(.+))?$/.exec(url.pathname);
    if (!m) return { status: 404, json: { code: 'NotFound', message: req.url } };
    const name = m[3] ? decodeURIComponent(m[3]) : undefined;
    if (req.method === 'PUT' && name) {
      if (req.headers['if-none-match'] === '*' && objects.has(name)) return { status: 409, json: { code: 'IfNoneMatchFailed', message: 'exists' } };
      objects.set(name, req.body);
      return { status: 200, body: '', headers: { etag: createHash('md5').update(req.body).digest('hex') } };
    }
    if (req.method === 'GET' && name) {
      const body = objects.get(name);
      return body ? { status: 200, body, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } } : { status: 404, json: { code: 'ObjectNotFound', message: name } };
    }
    const prefix = url.searchParams.get('prefix') ?? '';
    const start = url.searchParams.get('start') ?? '';
    const names = [...objects.keys()].filter((k) => k.startsWith(prefix) && k >= start).sort();
    return { status: 200, json: { objects: names.slice(0, pageSize).map((k) => ({ name: k })), nextStartWith: names[pageSize] } };
  });
  return objects;
}
