import { type DeliveryUpdate, type GovernanceStore, type GovernanceTx } from '../store';
import {
  type ApprovalRequest, type AuditHead, type AuditRecord, type Delivery, type DeliveryStatus, type ModelRecord,
  type ModelState, type Webhook,
} from '../types';

/** Connection settings of the Autonomous Database (thin mode: no Oracle Client libraries). */
export interface AutonomousDatabaseSettings {
  readonly user: string;
  readonly password: string;
  /** An ADB TLS connect string or a TNS alias from the wallet's tnsnames.ora. */
  readonly connectString: string;
  /** Folder with tnsnames.ora / ewallet.pem for mutual TLS; omit for one-way TLS connect strings. */
  readonly walletLocation?: string;
  readonly walletPassword?: string;
  /** @default 4 */
  readonly poolMax?: number;
}

/** The part of `oracledb` this store uses, typed here because the package ships no declarations. */
interface OracleConnection {
  execute(sql: string, binds?: unknown[] | Record<string, unknown>, options?: Record<string, unknown>): Promise<{ rows?: Record<string, unknown>[]; rowsAffected?: number }>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}
interface OraclePool {
  getConnection(): Promise<OracleConnection>;
  close(drainTime?: number): Promise<void>;
}
interface OracleDb {
  createPool(opts: Record<string, unknown>): Promise<OraclePool>;
  OUT_FORMAT_OBJECT: number;
  CLOB: number;
  fetchAsString: number[];
}

const DDL = [
  `CREATE TABLE gov_models (model_id VARCHAR2(256) PRIMARY KEY, state VARCHAR2(32) NOT NULL, registration CLOB NOT NULL CHECK (registration IS JSON),
    registered_by VARCHAR2(256) NOT NULL, created_at VARCHAR2(40) NOT NULL, updated_at VARCHAR2(40) NOT NULL)`,
  'CREATE INDEX gov_models_by_state ON gov_models (state, model_id)',
  `CREATE TABLE gov_approval_requests (request_id VARCHAR2(64) PRIMARY KEY, model_id VARCHAR2(256) NOT NULL REFERENCES gov_models (model_id),
    approval_type VARCHAR2(64) NOT NULL, requested_by VARCHAR2(256) NOT NULL, requested_at VARCHAR2(40) NOT NULL, status VARCHAR2(16) NOT NULL,
    decided_by VARCHAR2(256), decided_at VARCHAR2(40), decision_comment VARCHAR2(4000))`,
  `CREATE UNIQUE INDEX gov_one_pending_request ON gov_approval_requests (
    CASE WHEN status = 'pending' THEN model_id END, CASE WHEN status = 'pending' THEN approval_type END)`,
  `CREATE TABLE gov_audit (seq_no NUMBER(19) PRIMARY KEY, previous_hash CHAR(64) NOT NULL, content_hash CHAR(64) NOT NULL,
    record_hash CHAR(64) NOT NULL, model_id VARCHAR2(256), content CLOB NOT NULL)`,
  'CREATE INDEX gov_audit_by_model ON gov_audit (model_id, seq_no)',
  `CREATE OR REPLACE TRIGGER gov_audit_append_only BEFORE UPDATE OR DELETE ON gov_audit
    BEGIN RAISE_APPLICATION_ERROR(-20001, 'gov_audit is append-only'); END;`,
  'CREATE TABLE gov_audit_head (id NUMBER(1) PRIMARY KEY CHECK (id = 1), seq_no NUMBER(19) NOT NULL, record_hash CHAR(64) NOT NULL)',
  `CREATE TABLE gov_webhooks (webhook_id VARCHAR2(64) PRIMARY KEY, system_name VARCHAR2(200) NOT NULL, url VARCHAR2(2000) NOT NULL,
    events VARCHAR2(4000) NOT NULL, secret VARCHAR2(200) NOT NULL, created_at VARCHAR2(40) NOT NULL)`,
  `CREATE TABLE gov_deliveries (delivery_id VARCHAR2(64) PRIMARY KEY, target VARCHAR2(80) NOT NULL, event CLOB NOT NULL, status VARCHAR2(16) NOT NULL,
    attempts NUMBER(6) NOT NULL, last_error VARCHAR2(4000), created_at VARCHAR2(40) NOT NULL, updated_at VARCHAR2(40) NOT NULL)`,
  'CREATE INDEX gov_deliveries_by_status ON gov_deliveries (status, created_at)',
  `MERGE INTO gov_audit_head h USING (SELECT 1 id FROM dual) s ON (h.id = s.id)
    WHEN NOT MATCHED THEN INSERT (id, seq_no, record_hash) VALUES (1, 0, '${'0'.repeat(64)}')`,
];
/** ORA-00955 name already used, ORA-01408 column list already indexed: the object exists from an earlier start. */
const ALREADY_THERE = /ORA-00955|ORA-01408/;

type Row = Record<string, unknown>;
const str = (v: unknown): string => String(v);
const optStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toModel(r: Row): ModelRecord {
  return { modelId: str(r.MODEL_ID), state: str(r.STATE) as ModelState, registration: JSON.parse(str(r.REGISTRATION)), registeredBy: str(r.REGISTERED_BY), createdAt: str(r.CREATED_AT), updatedAt: str(r.UPDATED_AT) };
}
function toRequest(r: Row): ApprovalRequest {
  return {
    requestId: str(r.REQUEST_ID), modelId: str(r.MODEL_ID), approvalType: str(r.APPROVAL_TYPE), requestedBy: str(r.REQUESTED_BY), requestedAt: str(r.REQUESTED_AT),
    status: str(r.STATUS) as ApprovalRequest['status'], decidedBy: optStr(r.DECIDED_BY), decidedAt: optStr(r.DECIDED_AT), comment: optStr(r.DECISION_COMMENT),
  };
}
function toAudit(r: Row): AuditRecord {
  return { sequence: Number(r.SEQ_NO), previousHash: str(r.PREVIOUS_HASH), contentHash: str(r.CONTENT_HASH), recordHash: str(r.RECORD_HASH), content: str(r.CONTENT) };
}
function toWebhook(r: Row): Webhook {
  return { webhookId: str(r.WEBHOOK_ID), systemName: str(r.SYSTEM_NAME), url: str(r.URL), events: JSON.parse(str(r.EVENTS)), secret: str(r.SECRET), createdAt: str(r.CREATED_AT) };
}
function toDelivery(r: Row): Delivery {
  return {
    deliveryId: str(r.DELIVERY_ID), target: str(r.TARGET) as Delivery['target'], event: JSON.parse(str(r.EVENT)), status: str(r.STATUS) as DeliveryStatus,
    attempts: Number(r.ATTEMPTS), lastError: optStr(r.LAST_ERROR), createdAt: str(r.CREATED_AT), updatedAt: str(r.UPDATED_AT),
  };
}

/**
 * The cloud governance store: Autonomous Database through `oracledb` in thin mode (pure JavaScript,
 * TLS to ADB with or without a wallet). Writers serialize on the single audit head row
 * (`SELECT ... FOR UPDATE`), so each transition, its audit record and its outbox rows commit together
 * and the chain never forks. A trigger refuses UPDATE and DELETE on the audit table.
 */
export class AutonomousDatabaseStore implements GovernanceStore {
  private constructor(private readonly pool: OraclePool, private readonly db: OracleDb) {}

  /** Connects, creates the tables on first use and returns the store. */
  static async open(settings: AutonomousDatabaseSettings): Promise<AutonomousDatabaseStore> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const db = require('oracledb') as OracleDb;
    db.fetchAsString = [db.CLOB];
    const pool = await db.createPool({
      user: settings.user, password: settings.password, connectString: settings.connectString,
      ...(settings.walletLocation ? { configDir: settings.walletLocation, walletLocation: settings.walletLocation, walletPassword: settings.walletPassword } : {}),
      poolMin: 0, poolMax: settings.poolMax ?? 4, poolIncrement: 1,
    });
    const store = new AutonomousDatabaseStore(pool, db);
    await store.withConnection(async (c) => {
      for (const sql of DDL) {
        try {
          await c.execute(sql);
        } catch (err) {
          if (!ALREADY_THERE.test((err as Error).message)) throw new Error(`AutonomousDatabaseStore: creating the schema failed on "${sql.split('(')[0]!.trim()}": ${(err as Error).message}`);
        }
      }
      await c.commit();
    });
    return store;
  }

  private async withConnection<T>(fn: (c: OracleConnection) => Promise<T>): Promise<T> {
    const c = await this.pool.getConnection();
    try {
      return await fn(c);
    } finally {
      await c.close();
    }
  }

  private async rows(c: OracleConnection, sql: string, binds: unknown[] = []): Promise<Row[]> {
    return (await c.execute(sql, binds, { outFormat: this.db.OUT_FORMAT_OBJECT })).rows ?? [];
  }

  private txFor(c: OracleConnection): GovernanceTx {
    const one = async (sql: string, binds: unknown[]) => (await this.rows(c, sql, binds))[0];
    return {
      getModel: async (id) => {
        const r = await one('SELECT * FROM gov_models WHERE model_id = :1', [id]);
        return r && toModel(r);
      },
      insertModel: async (m) => {
        await c.execute('INSERT INTO gov_models VALUES (:1, :2, :3, :4, :5, :6)', [m.modelId, m.state, JSON.stringify(m.registration), m.registeredBy, m.createdAt, m.updatedAt]);
      },
      updateModelState: async (id, state, at) => {
        await c.execute('UPDATE gov_models SET state = :1, updated_at = :2 WHERE model_id = :3', [state, at, id]);
      },
      getApprovalRequest: async (id) => {
        const r = await one('SELECT * FROM gov_approval_requests WHERE request_id = :1', [id]);
        return r && toRequest(r);
      },
      listApprovalRequests: async (id) => (await this.rows(c, 'SELECT * FROM gov_approval_requests WHERE model_id = :1 ORDER BY requested_at, request_id', [id])).map(toRequest),
      insertApprovalRequest: async (r) => {
        await c.execute('INSERT INTO gov_approval_requests VALUES (:1, :2, :3, :4, :5, :6, :7, :8, :9)', [r.requestId, r.modelId, r.approvalType, r.requestedBy, r.requestedAt, r.status, r.decidedBy, r.decidedAt, r.comment]);
      },
      decideApprovalRequest: async (id, d) => {
        const res = await c.execute("UPDATE gov_approval_requests SET status = :1, decided_by = :2, decided_at = :3, decision_comment = :4 WHERE request_id = :5 AND status = 'pending'", [d.status, d.decidedBy, d.decidedAt, d.comment, id]);
        return res.rowsAffected === 1;
      },
      getAuditHead: async () => {
        const r = await one('SELECT seq_no, record_hash FROM gov_audit_head WHERE id = 1', []);
        return r && Number(r.SEQ_NO) > 0 ? { sequence: Number(r.SEQ_NO), recordHash: str(r.RECORD_HASH) } : null;
      },
      appendAuditRecord: async (a, modelId) => {
        await c.execute('INSERT INTO gov_audit VALUES (:1, :2, :3, :4, :5, :6)', [a.sequence, a.previousHash, a.contentHash, a.recordHash, modelId, a.content]);
        await c.execute('UPDATE gov_audit_head SET seq_no = :1, record_hash = :2 WHERE id = 1', [a.sequence, a.recordHash]);
      },
      listWebhooks: async () => (await this.rows(c, 'SELECT * FROM gov_webhooks ORDER BY created_at, webhook_id')).map(toWebhook),
      insertWebhook: async (w) => {
        await c.execute('INSERT INTO gov_webhooks VALUES (:1, :2, :3, :4, :5, :6)', [w.webhookId, w.systemName, w.url, JSON.stringify(w.events), w.secret, w.createdAt]);
      },
      insertDeliveries: async (ds) => {
        // One execute per row: a handful per transition, and no bind-type inference over all-null columns.
        for (const d of ds) await c.execute('INSERT INTO gov_deliveries VALUES (:1, :2, :3, :4, :5, :6, :7, :8)', [d.deliveryId, d.target, JSON.stringify(d.event), d.status, d.attempts, d.lastError, d.createdAt, d.updatedAt]);
      },
      updateDelivery: async (id, u) => {
        await c.execute('UPDATE gov_deliveries SET status = :1, attempts = :2, last_error = :3, updated_at = :4 WHERE delivery_id = :5', [u.status, u.attempts, u.lastError?.slice(0, 4000) ?? null, u.updatedAt, id]);
      },
    };
  }

  async transaction<T>(fn: (tx: GovernanceTx) => Promise<T>): Promise<T> {
    return this.withConnection(async (c) => {
      try {
        // The head row is the write lock: one writer at a time extends the chain.
        await c.execute('SELECT seq_no FROM gov_audit_head WHERE id = 1 FOR UPDATE');
        const result = await fn(this.txFor(c));
        await c.commit();
        return result;
      } catch (err) {
        await c.rollback();
        throw err;
      }
    });
  }

  private read<T>(fn: (tx: GovernanceTx, c: OracleConnection) => Promise<T>): Promise<T> {
    return this.withConnection((c) => fn(this.txFor(c), c));
  }

  getModel(modelId: string): Promise<ModelRecord | undefined> {
    return this.read((tx) => tx.getModel(modelId));
  }

  listModels(state?: ModelState): Promise<ModelRecord[]> {
    return this.read(async (_tx, c) => (state
      ? await this.rows(c, 'SELECT * FROM gov_models WHERE state = :1 ORDER BY model_id', [state])
      : await this.rows(c, 'SELECT * FROM gov_models ORDER BY model_id')).map(toModel));
  }

  listApprovalRequests(modelId: string): Promise<ApprovalRequest[]> {
    return this.read((tx) => tx.listApprovalRequests(modelId));
  }

  auditTrail(modelId: string): Promise<AuditRecord[]> {
    return this.read(async (_tx, c) => (await this.rows(c, 'SELECT * FROM gov_audit WHERE model_id = :1 ORDER BY seq_no', [modelId])).map(toAudit));
  }

  readAuditChain(): Promise<Iterable<AuditRecord>> {
    return this.read(async (_tx, c) => (await this.rows(c, 'SELECT seq_no, previous_hash, content_hash, record_hash, content FROM gov_audit ORDER BY seq_no')).map(toAudit));
  }

  getAuditRecord(sequence: number): Promise<AuditRecord | undefined> {
    return this.read(async (_tx, c) => {
      const r = (await this.rows(c, 'SELECT * FROM gov_audit WHERE seq_no = :1', [sequence]))[0];
      return r && toAudit(r);
    });
  }

  getAuditHead(): Promise<AuditHead | null> {
    return this.read((tx) => tx.getAuditHead());
  }

  getWebhook(webhookId: string): Promise<Webhook | undefined> {
    return this.read(async (_tx, c) => {
      const r = (await this.rows(c, 'SELECT * FROM gov_webhooks WHERE webhook_id = :1', [webhookId]))[0];
      return r && toWebhook(r);
    });
  }

  getDelivery(deliveryId: string): Promise<Delivery | undefined> {
    return this.read(async (_tx, c) => {
      const r = (await this.rows(c, 'SELECT * FROM gov_deliveries WHERE delivery_id = :1', [deliveryId]))[0];
      return r && toDelivery(r);
    });
  }

  listDeliveries(status?: DeliveryStatus): Promise<Delivery[]> {
    return this.read(async (_tx, c) => (status
      ? await this.rows(c, 'SELECT * FROM gov_deliveries WHERE status = :1 ORDER BY created_at, delivery_id', [status])
      : await this.rows(c, 'SELECT * FROM gov_deliveries ORDER BY created_at, delivery_id')).map(toDelivery));
  }

  updateDelivery(deliveryId: string, update: DeliveryUpdate): Promise<void> {
    return this.withConnection(async (c) => {
      await this.txFor(c).updateDelivery(deliveryId, update);
      await c.commit();
    });
  }

  async close(): Promise<void> {
    await this.pool.close(5);
  }
}
