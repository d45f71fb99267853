import { OCI_REGIONS } from '../config/oci-regions';
import { IamValidationError } from './iam-error';
import { checkName, checkOcid, hasUnresolved } from './names';

/**
 * Service principals used in Oracle's published policies (`Allow service <name> to ...`). OCI compares
 * them case-insensitively (`FaaS` and `faas` are one principal). Object Storage has one principal per
 * region, `objectstorage-<region>`, accepted for every region in lib/config/oci-regions.ts.
 */
export const SERVICE_PRINCIPALS = [
  /** Block Volume, to use customer-managed keys. */
  'blockstorage',
  /** Cloud Guard. */
  'cloudguard',
  /** Compute management (instance pools) for capacity reservations. */
  'compute_management',
  /** Data Integration. */
  'dataintegration',
  /** Data Science, for notebook sessions and jobs in a customer subnet, and private endpoints. */
  'datascience',
  /** OCI Functions (the service itself: image pulls, VNICs, signature checks). */
  'faas',
  /** File Storage in realm oc1 (also FssOc2Prod... in other realms). */
  'fssoc1prod',
  /** Logging Analytics. */
  'loganalytics',
  /** File Storage with Lustre. */
  'lustrefs',
  /** Container Engine for Kubernetes. */
  'oke',
  /** Operations Insights. */
  'operations-insights',
  /** OS Management. */
  'osms',
  /** Streaming, to use customer-managed keys. */
  'streaming',
  /** Vulnerability Scanning. */
  'vulnerability-scanning-service',
] as const;

/** A service principal: a listed one, or Object Storage of one region. */
export type ServicePrincipal = (typeof SERVICE_PRINCIPALS)[number] | `objectstorage-${string}`;

/** How a group or dynamic-group name is written. */
export interface PrincipalNameOptions {
  /**
   * Identity domain that holds the group; written `'<domain>'/'<name>'`.
   * @default - the Default identity domain (OCI reads an unqualified name as `Default/<name>`)
   */
  readonly identityDomain?: string;
  /**
   * Write the name(s) between single quotes, as OCI documents for identity-domain names. Quoted names may
   * also contain spaces.
   * @default - true with an identity domain, false without
   */
  readonly quoted?: boolean;
}

/** One group or dynamic group named in a subject. */
export interface PrincipalName extends PrincipalNameOptions {
  readonly name: string;
}

type SubjectKind = 'group' | 'dynamic-group' | 'service' | 'any-user' | 'any-group';

function renderName(input: string, spec: PrincipalName): string {
  const quoted = spec.quoted ?? spec.identityDomain !== undefined;
  checkName(`${input} name`, spec.name, quoted);
  const q = (s: string) => (quoted ? `'${s}'` : s);
  if (spec.identityDomain === undefined) return q(spec.name);
  checkName(`${input} identityDomain`, spec.identityDomain, quoted);
  return `${q(spec.identityDomain)}/${q(spec.name)}`;
}

function nonEmpty<T>(input: string, items: readonly T[]): readonly T[] {
  if (!Array.isArray(items) || items.length === 0) {
    throw new IamValidationError(`${input} needs at least one entry; got ${JSON.stringify(items)}`);
  }
  return items;
}

const OBJECT_STORAGE_PREFIX = 'objectstorage-';

function checkService(input: string, name: string): string {
  if (typeof name === 'string' && hasUnresolved(name)) return checkName(input, name);
  const lower = typeof name === 'string' ? name.toLowerCase() : '';
  const known =
    (SERVICE_PRINCIPALS as readonly string[]).includes(lower) ||
    /^fssoc\d+prod$/.test(lower) ||
    (lower.startsWith(OBJECT_STORAGE_PREFIX) &&
      (OCI_REGIONS as readonly string[]).includes(lower.slice(OBJECT_STORAGE_PREFIX.length)));
  if (!known) {
    throw new IamValidationError(
      `${input} must be a known OCI service principal (${SERVICE_PRINCIPALS.join(', ')}, ` +
        `objectstorage-<region> for a region in OCI_REGIONS) or a Terraform reference; got ${JSON.stringify(name)}`,
    );
  }
  return name;
}

/**
 * The subject of a policy statement: who is granted access.
 *
 * A statement names one kind of principal (groups, dynamic groups, services, any-user or any-group), one
 * or several of them.
 *
 * @example
 * PolicySubject.dynamicGroup('mlops-fn-dg').toString(); // 'dynamic-group mlops-fn-dg'
 * PolicySubject.group('mlops-ds-dg', { identityDomain: 'Default' }).toString(); // "group 'Default'/'mlops-ds-dg'"
 */
export class PolicySubject {
  /**
   * One group by name.
   * @throws IamValidationError when the name holds characters OCI forbids
   */
  public static group(name: string, options: PrincipalNameOptions = {}): PolicySubject {
    return PolicySubject.groups([{ ...options, name }]);
  }

  /** Several groups by name (`group A-Admins, B-Admins`). */
  public static groups(names: readonly (string | PrincipalName)[]): PolicySubject {
    const specs = nonEmpty('PolicySubject.groups', names).map((n) => (typeof n === 'string' ? { name: n } : n));
    return new PolicySubject('group', specs.map((s) => renderName('PolicySubject.group', s)), specs);
  }

  /**
   * One group by OCID.
   * @throws IamValidationError when the value is not a group OCID
   */
  public static groupId(ocid: string): PolicySubject {
    return PolicySubject.groupIds([ocid]);
  }

  /** Several groups by OCID (`group id ocid1..., id ocid1...`). */
  public static groupIds(ocids: readonly string[]): PolicySubject {
    const ids = nonEmpty('PolicySubject.groupIds', ocids).map((o) => `id ${checkOcid('PolicySubject.groupId', o, ['group'])}`);
    return new PolicySubject('group', ids, [], ocids);
  }

  /**
   * One dynamic group by name.
   * @throws IamValidationError when the name holds characters OCI forbids
   */
  public static dynamicGroup(name: string, options: PrincipalNameOptions = {}): PolicySubject {
    return PolicySubject.dynamicGroups([{ ...options, name }]);
  }

  /** Several dynamic groups by name. */
  public static dynamicGroups(names: readonly (string | PrincipalName)[]): PolicySubject {
    const specs = nonEmpty('PolicySubject.dynamicGroups', names).map((n) => (typeof n === 'string' ? { name: n } : n));
    return new PolicySubject('dynamic-group', specs.map((s) => renderName('PolicySubject.dynamicGroup', s)), specs);
  }

  /**
   * One dynamic group by OCID.
   * @throws IamValidationError when the value is not a dynamic-group OCID
   */
  public static dynamicGroupId(ocid: string): PolicySubject {
    return PolicySubject.dynamicGroupIds([ocid]);
  }

  /** Several dynamic groups by OCID. */
  public static dynamicGroupIds(ocids: readonly string[]): PolicySubject {
    const ids = nonEmpty('PolicySubject.dynamicGroupIds', ocids).map(
      (o) => `id ${checkOcid('PolicySubject.dynamicGroupId', o, ['dynamicgroup'])}`,
    );
    return new PolicySubject('dynamic-group', ids, [], ocids);
  }

  /**
   * Every principal of the tenancy: users, instance, resource and service principals. Oracle recommends
   * `anyGroup()` or a `request.principal.type` condition instead; pair it with a `where`.
   */
  public static anyUser(): PolicySubject {
    return new PolicySubject('any-user', []);
  }

  /** Every user, instance principal and resource principal of the tenancy (not service principals). */
  public static anyGroup(): PolicySubject {
    return new PolicySubject('any-group', []);
  }

  /**
   * One service principal (`service objectstorage-eu-frankfurt-1`).
   * @throws IamValidationError when the service is not a known principal
   */
  public static service(name: ServicePrincipal): PolicySubject {
    return PolicySubject.services([name]);
  }

  /** Several service principals (`service blockstorage, oke, streaming`). */
  public static services(names: readonly ServicePrincipal[]): PolicySubject {
    return new PolicySubject('service', nonEmpty('PolicySubject.services', names).map((n) => checkService('PolicySubject.service', n)));
  }

  private constructor(
    /** The principal type. */
    public readonly kind: SubjectKind,
    private readonly members: readonly string[],
    /** The groups or dynamic groups named by name, as given (empty for other subjects). */
    public readonly principalNames: readonly PrincipalName[] = [],
    /** The OCIDs of the groups or dynamic groups named by id (empty for other subjects). */
    public readonly principalIds: readonly string[] = [],
  ) {}

  /** True for `any-user` and `any-group`, which reach more principals than a named group. */
  public get isAnyPrincipal(): boolean {
    return this.kind === 'any-user' || this.kind === 'any-group';
  }

  /** The subject as OCI policy text. */
  public toString(): string {
    return this.members.length === 0 ? this.kind : `${this.kind} ${this.members.join(', ')}`;
  }
}
