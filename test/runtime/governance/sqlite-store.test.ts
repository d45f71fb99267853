import { join } from 'node:path';
import { SqliteGovernanceStore } from '../../../runtime/governance/adapters/sqlite-store';
import { storeContract } from './store-contract';
import { tempDir } from './support';

describe('SqliteGovernanceStore', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  describe('store contract', () => {
    storeContract(async () => new SqliteGovernanceStore(join(dir, 'contract.db')));
  });

  test('opens the file in WAL mode with synchronous FULL and a busy timeout', async () => {
    const store = new SqliteGovernanceStore(join(dir, 'pragmas.db'), { busyTimeoutMs: 1234 });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(1234);
    await store.close();
  });
});
