import { z } from 'zod';
import { FeatureGroupDefinitionSchema, type FeatureGroupDefinition } from '../feature-group-schema';

/** Where the job keeps the features: the team's Autonomous Database, or an embedded store directory (local runs). */
export type IngestionJobStore =
  | {
      readonly kind: 'adb';
      readonly user: string;
      readonly connectString: string;
      readonly password?: string;
      readonly passwordSecretId?: string;
      readonly walletDir?: string;
      readonly walletPassword?: string;
      readonly autonomousDatabaseId?: string;
    }
  | { readonly kind: 'embedded'; readonly dir: string };

/** The ingestion job's settings, validated. */
export interface IngestionJobConfig {
  readonly store: IngestionJobStore;
  /** The declared feature groups, in declaration order. */
  readonly groups: readonly FeatureGroupDefinition[];
  /** Stream OCID per group name (every declared group has one). */
  readonly streams: Readonly<Record<string, string>>;
  /** Messages endpoint of the stream pool. */
  readonly streamEndpoint: string;
  readonly consumerGroup: string;
  /** Instance name within the consumer group: stable across runs, so each run takes back the partitions of the last. */
  readonly consumerInstance: string;
  /** Seconds the whole run may spend draining streams; materialisation runs after it. */
  readonly timeBudgetSec: number;
  /** GetMessages limit per poll. */
  readonly pollLimit: number;
  /** `skip`: an invalid message is counted as rejected and its offset committed; `fail`: the group stops at it. */
  readonly invalidMessages: 'skip' | 'fail';
  /** The Parquet bucket of large offline groups, when the construct set it. */
  readonly offlineBucket?: { readonly bucket: string; readonly namespace: string };
  /** Endpoint overrides of the Vault secrets and Database services (private or dedicated endpoints). */
  readonly endpoints?: { readonly secrets?: string; readonly database?: string };
}

const URL_PATTERN = /^https?:\/\/[^\s/]+(\/\S*)?$/;
const OCID = (kind: string) => new RegExp(`^ocid1\\.${kind}\\.[a-z0-9-]+\\.[a-z0-9-]*\\.[A-Za-z0-9]+$`);
const text = (what: string) => z.string({ error: `must be set to ${what}` }).trim().min(1, `must be ${what}, not empty`);
const optionalText = z.string().trim().optional().transform((v) => (v ? v : undefined));
const ocid = (kind: string, what: string) => optionalText.refine((v) => v === undefined || OCID(kind).test(v), `must be ${what} (ocid1.${kind}.<realm>.<region>.<id>)`);
const wholeNumber = (min: number, max: number, fallback: number) =>
  optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return n;
  });
const json = <T>(what: string, schema: z.ZodType<T>) =>
  text(what).transform((raw, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `must be ${what} in JSON (${(err as Error).message})` });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` });
      return z.NEVER;
    }
    return parsed.data;
  });

/** The environment the FeatureStore construct gives the job (see docs/feature-store-construct.md), variable by variable. */
export const IngestionJobEnvSchema = z.object({
  OCI_MLOPS_FEATURE_STORE_DIR: optionalText,
  OCI_MLOPS_ADB_USER: optionalText,
  OCI_MLOPS_ADB_CONNECT_STRING: optionalText,
  OCI_MLOPS_ADB_PASSWORD: optionalText,
  OCI_MLOPS_ADB_PASSWORD_SECRET_ID: ocid('vaultsecret', 'a Vault secret OCID'),
  OCI_MLOPS_ADB_WALLET_DIR: optionalText,
  OCI_MLOPS_ADB_WALLET_PASSWORD: optionalText,
  OCI_MLOPS_ADB_ID: ocid('autonomousdatabase', 'an Autonomous Database OCID'),
  OCI_MLOPS_FEATURE_GROUPS: json('a non-empty array of feature group definitions', z.array(FeatureGroupDefinitionSchema).min(1, 'declare at least one feature group')),
  OCI_MLOPS_FEATURE_STREAMS: json('an object of feature group name to stream OCID', z.record(z.string(), z.string().regex(OCID('stream'), 'must be a stream OCID (ocid1.stream.<realm>.<region>.<id>)'))),
  OCI_MLOPS_FEATURE_STREAM_ENDPOINT: text('the stream pool messages endpoint (https://...)').refine((v) => URL_PATTERN.test(v), 'must be an http(s) URL such as https://cell-1.streaming.eu-frankfurt-1.oci.oraclecloud.com'),
  OCI_MLOPS_FEATURE_CONSUMER_GROUP: text('a consumer group name').refine((v) => /^[A-Za-z0-9._-]{1,256}$/.test(v), 'must be 1-256 letters, digits, ".", "_" or "-"'),
  OCI_MLOPS_FEATURE_CONSUMER_INSTANCE: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9._-]{1,256}$/.test(v), 'must be 1-256 letters, digits, ".", "_" or "-"'),
  OCI_MLOPS_FEATURE_TIME_BUDGET_SEC: wholeNumber(0, 86_400, 600),
  OCI_MLOPS_FEATURE_POLL_LIMIT: wholeNumber(1, 10_000, 1000),
  OCI_MLOPS_FEATURE_INVALID_MESSAGES: optionalText.refine((v) => v === undefined || v === 'skip' || v === 'fail', 'must be skip or fail'),
  OCI_MLOPS_FEATURE_SECRETS_ENDPOINT: optionalText.refine((v) => v === undefined || URL_PATTERN.test(v), 'must be an http(s) URL'),
  OCI_MLOPS_FEATURE_DATABASE_ENDPOINT: optionalText.refine((v) => v === undefined || URL_PATTERN.test(v), 'must be an http(s) URL'),
  OCI_MLOPS_FEATURE_OFFLINE_BUCKET: optionalText,
  OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE: optionalText,
});

/** Variables whose values stay out of error messages. */
const SECRET_VARIABLES = new Set(['OCI_MLOPS_ADB_PASSWORD', 'OCI_MLOPS_ADB_WALLET_PASSWORD']);

/**
 * Reads and checks the feature ingestion job's environment: the store (Autonomous Database settings,
 * or `OCI_MLOPS_FEATURE_STORE_DIR` for an embedded store), the declared feature groups and their
 * streams, the consumer group and the run's limits. Problems are reported together: every malformed
 * variable, or, once each is well-formed, every inconsistency between them.
 *
 * @param env - the process environment
 * @returns the validated configuration
 * @throws Error listing each problem as `VARIABLE: what is wrong (got <value>)`, passwords shown as `<hidden>`
 * @example
 * const config = parseIngestionJobEnv(process.env);
 * config.groups.map((g) => g.name); // ['driver_stats', 'customer_profile']
 */
export function parseIngestionJobEnv(env: Readonly<Record<string, string | undefined>>): IngestionJobConfig {
  const parsed = IngestionJobEnvSchema.safeParse(env);
  const problems: string[] = [];
  const add = (variable: string, message: string) => {
    const value = env[variable];
    const shown = value === undefined ? 'unset' : SECRET_VARIABLES.has(variable) ? '<hidden>' : JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}...` : value);
    problems.push(`${variable}: ${message} (got ${shown})`);
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(String(issue.path[0]), issue.message);
    throw new Error(`parseIngestionJobEnv: the job environment is invalid:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;

  const names = e.OCI_MLOPS_FEATURE_GROUPS.map((g) => g.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) add('OCI_MLOPS_FEATURE_GROUPS', `group names must be unique; "${duplicate}" is declared twice`);
  const withoutStream = names.filter((n) => !(n in e.OCI_MLOPS_FEATURE_STREAMS));
  if (withoutStream.length) add('OCI_MLOPS_FEATURE_STREAMS', `every declared group needs a stream; none for ${withoutStream.join(', ')} (declared: ${names.join(', ')})`);
  const undeclared = Object.keys(e.OCI_MLOPS_FEATURE_STREAMS).filter((n) => !names.includes(n));
  if (undeclared.length) add('OCI_MLOPS_FEATURE_STREAMS', `names groups that OCI_MLOPS_FEATURE_GROUPS does not declare: ${undeclared.join(', ')} (declared: ${names.join(', ')})`);
  if (Boolean(e.OCI_MLOPS_FEATURE_OFFLINE_BUCKET) !== Boolean(e.OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE)) {
    add(e.OCI_MLOPS_FEATURE_OFFLINE_BUCKET ? 'OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE' : 'OCI_MLOPS_FEATURE_OFFLINE_BUCKET', 'must be set together with its pair (bucket and namespace)');
  }

  let store: IngestionJobStore | undefined;
  if (e.OCI_MLOPS_FEATURE_STORE_DIR) {
    store = { kind: 'embedded', dir: e.OCI_MLOPS_FEATURE_STORE_DIR };
  } else {
    if (!e.OCI_MLOPS_ADB_USER) add('OCI_MLOPS_ADB_USER', 'must name the database user (or set OCI_MLOPS_FEATURE_STORE_DIR for an embedded store)');
    if (!e.OCI_MLOPS_ADB_CONNECT_STRING) add('OCI_MLOPS_ADB_CONNECT_STRING', 'must be the database connect string or a TNS alias of its wallet');
    if (!e.OCI_MLOPS_ADB_PASSWORD && !e.OCI_MLOPS_ADB_PASSWORD_SECRET_ID) add('OCI_MLOPS_ADB_PASSWORD_SECRET_ID', 'must name the Vault secret of the database password (or set OCI_MLOPS_ADB_PASSWORD)');
    if (e.OCI_MLOPS_ADB_WALLET_DIR && !e.OCI_MLOPS_ADB_WALLET_PASSWORD) add('OCI_MLOPS_ADB_WALLET_PASSWORD', 'must be set with OCI_MLOPS_ADB_WALLET_DIR (the password of its ewallet.pem)');
    if (e.OCI_MLOPS_ADB_USER && e.OCI_MLOPS_ADB_CONNECT_STRING) {
      store = {
        kind: 'adb', user: e.OCI_MLOPS_ADB_USER, connectString: e.OCI_MLOPS_ADB_CONNECT_STRING, password: e.OCI_MLOPS_ADB_PASSWORD,
        passwordSecretId: e.OCI_MLOPS_ADB_PASSWORD_SECRET_ID, walletDir: e.OCI_MLOPS_ADB_WALLET_DIR, walletPassword: e.OCI_MLOPS_ADB_WALLET_PASSWORD,
        autonomousDatabaseId: e.OCI_MLOPS_ADB_ID,
      };
    }
  }
  if (problems.length || !store) throw new Error(`parseIngestionJobEnv: the job environment is invalid:\n  ${problems.join('\n  ')}`);

  return {
    store,
    groups: e.OCI_MLOPS_FEATURE_GROUPS,
    streams: e.OCI_MLOPS_FEATURE_STREAMS,
    streamEndpoint: e.OCI_MLOPS_FEATURE_STREAM_ENDPOINT,
    consumerGroup: e.OCI_MLOPS_FEATURE_CONSUMER_GROUP,
    consumerInstance: e.OCI_MLOPS_FEATURE_CONSUMER_INSTANCE ?? 'feature-ingestion-job',
    timeBudgetSec: e.OCI_MLOPS_FEATURE_TIME_BUDGET_SEC,
    pollLimit: e.OCI_MLOPS_FEATURE_POLL_LIMIT,
    invalidMessages: (e.OCI_MLOPS_FEATURE_INVALID_MESSAGES ?? 'skip') as 'skip' | 'fail',
    offlineBucket: e.OCI_MLOPS_FEATURE_OFFLINE_BUCKET && e.OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE
      ? { bucket: e.OCI_MLOPS_FEATURE_OFFLINE_BUCKET, namespace: e.OCI_MLOPS_FEATURE_OFFLINE_NAMESPACE }
      : undefined,
    ...(e.OCI_MLOPS_FEATURE_SECRETS_ENDPOINT || e.OCI_MLOPS_FEATURE_DATABASE_ENDPOINT
      ? { endpoints: { secrets: e.OCI_MLOPS_FEATURE_SECRETS_ENDPOINT, database: e.OCI_MLOPS_FEATURE_DATABASE_ENDPOINT } }
      : {}),
  };
}
