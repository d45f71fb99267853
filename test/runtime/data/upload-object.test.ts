import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DataSession } from '../../../runtime/data';
import { useObjectStorageTestServer } from '../../support/object-storage-test-server';

describe('DataSession.write to oci:// objects', () => {
  const { server, client } = useObjectStorageTestServer();

  test('writes the table to a private temporary file and puts it as one signed PutObject, leaving no file behind', async () => {
    server.setHandler(() => ({ status: 200, headers: { etag: 'e1' } }));
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('oci-mlops-data-')).length;
    const session = await DataSession.create({ objectStorage: async () => client() });
    try {
      expect(await session.write(`SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(n, s)`, 'oci://features@acme/2026/out.csv')).toBe(2);
    } finally {
      await session.close();
    }
    const put = server.requests.at(-1)!;
    expect([put.method, put.url, put.signatureError, put.body.toString()]).toEqual(['PUT', '/n/acme/b/features/o/2026%2Fout.csv', null, 'n,s\n1,a\n2,b\n']);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('oci-mlops-data-')).length).toBe(before);
  });

  test('fails on a bucket the caller may not write, naming the URI and the permission', async () => {
    server.setHandler(() => ({ status: 403, json: { code: 'NotAuthorizedOrNotFound', message: 'Authorization failed' } }));
    const session = await DataSession.create({ objectStorage: async () => client() });
    try {
      await expect(session.write('SELECT 1 AS x', 'oci://features@acme/x.parquet')).rejects.toThrow(/oci:\/\/features@acme\/x\.parquet: not authorised to write the object \(HTTP 403\); the caller needs OBJECT_CREATE/);
    } finally {
      await session.close();
    }
  });

  test('fails when the session was given a client that can only read', async () => {
    const session = await DataSession.create({ objectStorage: async () => ({ getObject: client().getObject.bind(client()) }) });
    try {
      await expect(session.write('SELECT 1 AS x', 'oci://features@acme/x.csv')).rejects.toThrow(/cannot put objects/);
    } finally {
      await session.close();
    }
  });
});
