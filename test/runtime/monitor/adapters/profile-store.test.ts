import { ProfileStore } from '../../../../runtime/monitor/adapters/profile-store';
import { useObjectStorageTestServer } from '../../../support/object-storage-test-server';

const profile = { format: 'oci-mlops.drift-profile/v1', rows: 0, features: {} };

describe('ProfileStore against a signed-request test server', () => {
  const { server, client } = useObjectStorageTestServer();
  beforeEach(() => {
    server.requests.length = 0;
  });

  test('looks up the namespace, reads and caches the profile as in its example', async () => {
    server.setHandler((req) => (req.url === '/n' || req.url === '/n/' ? { status: 200, json: 'tenancyns' } : { status: 200, body: JSON.stringify(profile), headers: { 'content-type': 'application/json' } }));
    let now = 0;
    const store = new ProfileStore(client(), { ttlSec: 60, now: () => now });
    expect(await store.load({ bucket: 'profiles', object: 'churn/v3.json' })).toEqual(profile);
    expect(await store.load({ bucket: 'profiles', object: 'churn/v3.json' })).toEqual(profile);
    expect(server.requests.map((r) => r.url)).toEqual(['/n', '/n/tenancyns/b/profiles/o/churn%2Fv3.json']);
    now = 61_000;
    await store.load({ bucket: 'profiles', object: 'churn/v3.json' });
    expect(server.requests).toHaveLength(3);
    expect(server.requests.every((r) => r.signatureError === null)).toBe(true);
  });

  test('fails naming the object when it is missing, not JSON or not a profile', async () => {
    const store = new ProfileStore(client());
    server.setHandler(() => ({ status: 404, json: { code: 'ObjectNotFound', message: 'no such object' } }));
    await expect(store.load({ bucket: 'b', object: 'p.json', namespace: 'ns' })).rejects.toThrow(/ProfileStore: cannot read the reference profile oci:\/\/b@ns\/p.json/);
    server.setHandler(() => ({ status: 200, body: '{not json' }));
    await expect(store.load({ bucket: 'b', object: 'p.json', namespace: 'ns' })).rejects.toThrow(/oci:\/\/b@ns\/p.json is not JSON/);
    server.setHandler(() => ({ status: 200, body: '{"format":"x"}' }));
    await expect(store.load({ bucket: 'b', object: 'p.json', namespace: 'ns' })).rejects.toThrow(/parseDriftProfile: oci:\/\/b@ns\/p.json is not a drift profile/);
  });
});
