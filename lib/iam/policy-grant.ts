import { IamValidationError } from './iam-error';
import { PolicyCondition } from './policy-condition';
import { PolicyLocation } from './policy-location';
import { PolicySubject } from './policy-subject';
import { type PolicyResourceType, lookupPolicyResourceType } from './policy-resource-types';

/** The four policy verbs, from least to most access: each includes the ones before it. */
export const POLICY_VERBS = ['inspect', 'read', 'use', 'manage'] as const;

/** The level of access a statement grants on a resource-type. */
export type PolicyVerb = (typeof POLICY_VERBS)[number];

/** Access as a verb on a resource-type or family: `to use keys`. */
export interface VerbGrant {
  /** Level of access. */
  readonly verb: PolicyVerb;
  /** Resource-type or family the verb applies to. */
  readonly resource: PolicyResourceType;
  readonly permissions?: never;
}

/** Access as a list of individual permissions: `to {BUCKET_READ, OBJECT_INSPECT}`. */
export interface PermissionGrant {
  /** OCI permission names (see each service's "Details for Verb + Resource-Type Combinations"). */
  readonly permissions: readonly string[];
  readonly verb?: never;
  readonly resource?: never;
}

/** What a statement grants: a verb on a resource-type, or a list of permissions. */
export type PolicyGrant = VerbGrant | PermissionGrant;

/** Permission names are upper snake case (`OBJECT_READ`, `CLUSTER_JOIN`); a few carry a lowercase part. */
const PERMISSION = /^[A-Z][A-Za-z0-9_]*$/;

/**
 * Why `manage all-resources` is refused, and what to write instead. Shared by every statement kind.
 */
export const MANAGE_ALL_RESOURCES_REFUSAL =
  "'manage all-resources' grants every permission on every resource in the location, IAM policies included, " +
  'so its holder can grant itself anything: grant the families the workload needs instead ' +
  "(say 'manage data-science-family', 'use object-family', 'read secret-family'), or 'read all-resources' / " +
  "'inspect all-resources' for auditors";

function checkVerb(input: string, verb: unknown): PolicyVerb {
  if (!(POLICY_VERBS as readonly unknown[]).includes(verb)) {
    throw new IamValidationError(`${input} verb must be one of ${POLICY_VERBS.join(', ')}; got ${JSON.stringify(verb)}`);
  }
  return verb as PolicyVerb;
}

/**
 * Checks and renders a resource-type (`keys`).
 *
 * @param input - the builder input, named in errors
 * @param resource - the resource-type
 * @returns the resource-type in the list's spelling
 * @throws IamValidationError when it is not a listed OCI resource-type
 */
export function renderResourceType(input: string, resource: unknown): PolicyResourceType {
  const found = typeof resource === 'string' ? lookupPolicyResourceType(resource) : undefined;
  if (found === undefined) {
    throw new IamValidationError(
      `${input} resource must be an OCI policy resource-type or family from POLICY_RESOURCE_TYPES ` +
        `(say object-family, data-science-family, keys, log-content); got ${JSON.stringify(resource)}. ` +
        'For individual permissions pass permissions: [...] instead',
    );
  }
  return found;
}

/**
 * Checks and renders the grant part of a statement, after "to": `manage repos` or `{OBJECT_READ}`.
 *
 * @param input - the statement builder, named in errors
 * @param grant - verb and resource-type, or permissions
 * @returns the grant as policy text
 * @throws IamValidationError when both or neither forms are given, on an unknown verb, resource-type or
 *   permission name, and for `manage all-resources`
 */
export function renderGrant(input: string, grant: Partial<VerbGrant> | Partial<PermissionGrant>): string {
  const g = grant as { verb?: unknown; resource?: unknown; permissions?: unknown };
  const hasVerb = g.verb !== undefined || g.resource !== undefined;
  if (hasVerb === (g.permissions !== undefined)) {
    throw new IamValidationError(
      `${input} needs either verb and resource (say verb: 'read', resource: 'objects') or permissions ` +
        `(say ['OBJECT_READ']), not ${hasVerb ? 'both' : 'neither'}`,
    );
  }
  if (hasVerb) {
    const verb = checkVerb(input, g.verb);
    const resource = renderResourceType(input, g.resource);
    if (verb === 'manage' && resource === 'all-resources') {
      throw new IamValidationError(`${input} refuses verb 'manage' with resource 'all-resources': ${MANAGE_ALL_RESOURCES_REFUSAL}`);
    }
    return `${verb} ${resource}`;
  }
  const permissions = g.permissions;
  if (!Array.isArray(permissions) || permissions.length === 0 || permissions.some((p) => typeof p !== 'string' || !PERMISSION.test(p))) {
    throw new IamValidationError(
      `${input} permissions must be a non-empty list of OCI permission names in upper snake case ` +
        `(say ['BUCKET_READ', 'OBJECT_INSPECT']); got ${JSON.stringify(permissions)}`,
    );
  }
  return `{${permissions.join(', ')}}`;
}

/**
 * Checks that a location suits the statement kind: `Allow` and `Admit` act in the local tenancy, an
 * `Endorse` names another tenancy.
 *
 * @param input - the statement builder, named in errors
 * @param location - the location
 * @param expected - the scope the statement kind requires
 * @returns the location as policy text
 * @throws IamValidationError when the location is missing or of the other scope
 */
export function renderLocation(input: string, location: PolicyLocation | undefined, expected: 'local' | 'other-tenancy'): string {
  if (!(location instanceof PolicyLocation)) {
    throw new IamValidationError(`${input} needs a location built with PolicyLocation (say PolicyLocation.compartmentId(ocid)); got ${String(location)}`);
  }
  if (location.scope !== expected) {
    const allowed =
      expected === 'local'
        ? 'PolicyLocation.tenancy(), .compartmentId(ocid) or .compartmentName(path)'
        : 'PolicyLocation.namedTenancy(alias) or .anyTenancy()';
    throw new IamValidationError(`${input} location must be ${allowed}; got '${location}'`);
  }
  return location.toString();
}

/**
 * Checks the subject of a statement.
 *
 * @param input - the statement builder, named in errors
 * @param subject - the subject
 * @returns the subject as policy text
 * @throws IamValidationError when the subject is not built with PolicySubject
 */
export function renderSubject(input: string, subject: PolicySubject | undefined): string {
  if (!(subject instanceof PolicySubject)) {
    throw new IamValidationError(`${input} needs a subject built with PolicySubject (say PolicySubject.group('admins')); got ${String(subject)}`);
  }
  return subject.toString();
}

/**
 * Renders ` where <condition>` or nothing.
 *
 * @param input - the statement builder, named in errors
 * @param where - the condition, if any
 * @returns the clause with its leading space, or ''
 * @throws IamValidationError when `where` is not a PolicyCondition
 */
export function renderWhere(input: string, where: PolicyCondition | undefined): string {
  if (where === undefined) return '';
  if (!(where instanceof PolicyCondition)) {
    throw new IamValidationError(`${input} where must be built with PolicyCondition (say PolicyCondition.eq(...)); got ${String(where)}`);
  }
  return ` where ${where}`;
}
