import { IamValidationError } from './iam-error';
import { checkQuotable, hasUnresolved } from './names';

/**
 * Policy variables the platform and Oracle's examples use (general variables for all requests, plus the
 * service variables of Object Storage, Vault, Monitoring, Artifact Registry, Streaming, IAM and OKE).
 * Any other `request.*` / `target.*` variable of a service's policy reference is accepted too.
 */
export const KNOWN_POLICY_VARIABLES = [
  'request.user.id',
  'request.user.name',
  'request.user.mfaTotpVerified',
  'request.groups.id',
  'request.permission',
  'request.operation',
  'request.networkSource.name',
  'request.region',
  'request.ad',
  'request.utc-timestamp',
  'request.utc-timestamp.month-of-year',
  'request.utc-timestamp.day-of-month',
  'request.utc-timestamp.day-of-week',
  'request.utc-timestamp.time-of-day',
  'request.principal.type',
  'request.principal.id',
  'request.principal.compartment.id',
  'request.principal.namespace',
  'request.principal.service_account',
  'request.principal.cluster_id',
  'request.instance.id',
  'target.compartment.id',
  'target.compartment.name',
  'target.region',
  'target.bucket.name',
  'target.object.name',
  'target.key.id',
  'target.vault.id',
  'target.secret.id',
  'target.secret.name',
  'target.metrics.namespace',
  'target.repo.name',
  'target.stream.id',
  'target.group.name',
  'target.tag-namespace.name',
] as const;

/** A policy variable: a listed one, or another `request.*` / `target.*` variable from a service's reference. */
export type PolicyVariable = (typeof KNOWN_POLICY_VARIABLES)[number] | `request.${string}` | `target.${string}`;

/** Where a tag variable reads the tag from. */
export type PolicyTagScope =
  | 'target.resource'
  | 'target.resource.compartment'
  | 'target.bucket'
  | 'request.principal.group'
  | 'request.principal.compartment';

const VARIABLE = /^(request|target)(\.[A-Za-z0-9_-]+)+$/;

function checkVariable(input: string, variable: string): PolicyVariable {
  if (typeof variable !== 'string' || !VARIABLE.test(variable)) {
    throw new IamValidationError(
      `${input} must be a policy variable: request.<name> or target.<name>, dot-separated segments of letters, ` +
        `digits, '-' and '_' (say ${KNOWN_POLICY_VARIABLES.slice(0, 4).join(', ')}); got ${JSON.stringify(variable)}`,
    );
  }
  return variable as PolicyVariable;
}

/**
 * The variable that reads a defined tag, say `target.resource.tag.Operations.CostCenter`.
 *
 * @param scope - where the tag sits (the target resource, its compartment, the bucket, the caller's group...)
 * @param namespace - tag namespace
 * @param key - tag key
 * @returns the variable
 * @throws IamValidationError when the namespace or key holds characters a variable cannot carry
 * @example
 * policyTagVariable('target.resource', 'Operations', 'CostCenter'); // 'target.resource.tag.Operations.CostCenter'
 */
export function policyTagVariable(scope: PolicyTagScope, namespace: string, key: string): PolicyVariable {
  return checkVariable('policyTagVariable', `${scope}.tag.${namespace}.${key}`);
}

type ValueKind = 'string' | 'pattern' | 'variable';

/**
 * The right-hand side of a condition: a quoted string, a `/pattern/` with `*` wildcards, or another
 * variable (`request.principal.compartment.id = target.compartment.id`).
 */
export class PolicyValue {
  /**
   * A string, rendered between single quotes. OCI compares it case-insensitively.
   * @throws IamValidationError when it holds a single quote or line break, or looks like a variable
   */
  public static string(value: string): PolicyValue {
    checkQuotable('PolicyValue.string', value);
    if (!hasUnresolved(value) && VARIABLE.test(value)) {
      throw new IamValidationError(
        `PolicyValue.string got ${JSON.stringify(value)}, which is a variable name: quoted, OCI compares against ` +
          `that literal text. Use PolicyValue.variable(${JSON.stringify(value)}) to compare with the variable's value`,
      );
    }
    return new PolicyValue('string', `'${value}'`);
  }

  /**
   * A pattern: `*` matches any characters (`mlops-*` starts with "mlops-").
   * @throws IamValidationError when it is empty or holds '/', a quote or a line break
   */
  public static pattern(pattern: string): PolicyValue {
    if (typeof pattern !== 'string' || pattern.length === 0 || /[/'\r\n]/.test(pattern)) {
      throw new IamValidationError(
        `PolicyValue.pattern must be a non-empty pattern of characters other than '/', quotes and line breaks, ` +
          `with * as wildcard (say 'mlops-*'); got ${JSON.stringify(pattern)}`,
      );
    }
    return new PolicyValue('pattern', `/${pattern}/`);
  }

  /**
   * Another variable, compared by value.
   * @throws IamValidationError when it is not a policy variable
   */
  public static variable(variable: PolicyVariable): PolicyValue {
    return new PolicyValue('variable', checkVariable('PolicyValue.variable', variable));
  }

  private constructor(
    /** What the value is. */
    public readonly kind: ValueKind,
    private readonly text: string,
  ) {}

  /** The value as OCI policy text. */
  public toString(): string {
    return this.text;
  }
}

function toValue(value: string | PolicyValue): PolicyValue {
  return value instanceof PolicyValue ? value : PolicyValue.string(value);
}

function quotedList(input: string, values: readonly string[]): string {
  if (!Array.isArray(values) || values.length === 0) {
    throw new IamValidationError(`${input} needs at least one value; got ${JSON.stringify(values)}`);
  }
  return `(${values.map((v) => PolicyValue.string(v).toString()).join(', ')})`;
}

/**
 * A `where` condition of a policy statement.
 *
 * Single conditions compare a variable with a value; `all(...)` (AND) and `any(...)` (OR) combine them and
 * nest. Plain strings passed as values are quoted; use `PolicyValue.pattern` or `PolicyValue.variable` for
 * the other value kinds.
 *
 * @example
 * PolicyCondition.any(
 *   PolicyCondition.eq('request.operation', 'GetObject'),
 *   PolicyCondition.eq('target.bucket.name', PolicyValue.pattern('mlops-*')),
 * ).toString(); // "any {request.operation = 'GetObject', target.bucket.name = /mlops-*\/}"
 */
export class PolicyCondition {
  /** `variable = value`. */
  public static eq(variable: PolicyVariable, value: string | PolicyValue): PolicyCondition {
    return new PolicyCondition(`${checkVariable('PolicyCondition.eq variable', variable)} = ${toValue(value)}`, false);
  }

  /** `variable != value`. */
  public static neq(variable: PolicyVariable, value: string | PolicyValue): PolicyCondition {
    return new PolicyCondition(`${checkVariable('PolicyCondition.neq variable', variable)} != ${toValue(value)}`, false);
  }

  /** `variable in ('a', 'b')`: one of the values (OCI documents it for the time variables). */
  public static in(variable: PolicyVariable, values: readonly string[]): PolicyCondition {
    const v = checkVariable('PolicyCondition.in variable', variable);
    return new PolicyCondition(`${v} in ${quotedList('PolicyCondition.in', values)}`, false);
  }

  /** `variable before 'value'` (time variables, ISO 8601 UTC). */
  public static before(variable: PolicyVariable, value: string): PolicyCondition {
    return new PolicyCondition(`${checkVariable('PolicyCondition.before variable', variable)} before ${PolicyValue.string(value)}`, false);
  }

  /** `variable after 'value'` (time variables, ISO 8601 UTC). */
  public static after(variable: PolicyVariable, value: string): PolicyCondition {
    return new PolicyCondition(`${checkVariable('PolicyCondition.after variable', variable)} after ${PolicyValue.string(value)}`, false);
  }

  /** `variable between 'from' and 'to'` (time variables). */
  public static between(variable: PolicyVariable, from: string, to: string): PolicyCondition {
    const v = checkVariable('PolicyCondition.between variable', variable);
    return new PolicyCondition(`${v} between ${PolicyValue.string(from)} and ${PolicyValue.string(to)}`, false);
  }

  /** `sets-intersect(variable, ('a', 'b'))`: a list-valued variable (tags) shares a value with the list. */
  public static setsIntersect(variable: PolicyVariable, values: readonly string[]): PolicyCondition {
    const v = checkVariable('PolicyCondition.setsIntersect variable', variable);
    return new PolicyCondition(`sets-intersect(${v}, ${quotedList('PolicyCondition.setsIntersect', values)})`, false);
  }

  /** Every condition holds (`all {a, b}`). */
  public static all(...conditions: PolicyCondition[]): PolicyCondition {
    return PolicyCondition.group('all', conditions);
  }

  /** At least one condition holds (`any {a, b}`). */
  public static any(...conditions: PolicyCondition[]): PolicyCondition {
    return PolicyCondition.group('any', conditions);
  }

  private static group(op: 'all' | 'any', conditions: PolicyCondition[]): PolicyCondition {
    if (conditions.length === 0 || conditions.some((c) => !(c instanceof PolicyCondition))) {
      throw new IamValidationError(`PolicyCondition.${op} needs one or more PolicyCondition values; got ${conditions.length === 0 ? 'none' : 'a non-condition'}`);
    }
    return new PolicyCondition(`${op} {${conditions.join(', ')}}`, true);
  }

  private constructor(
    private readonly text: string,
    /** True for `all {...}` / `any {...}`. */
    public readonly isGroup: boolean,
  ) {}

  /** The condition as OCI policy text. */
  public toString(): string {
    return this.text;
  }
}
