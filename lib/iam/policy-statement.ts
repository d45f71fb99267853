import { type PolicyCondition } from './policy-condition';
import { type PolicyGrant, renderGrant, renderLocation, renderSubject, renderWhere } from './policy-grant';
import { type PolicyLocation } from './policy-location';
import { type PolicySubject } from './policy-subject';

export { POLICY_VERBS, type PolicyVerb, type PolicyGrant, type VerbGrant, type PermissionGrant } from './policy-grant';
export { renderSubject, renderWhere } from './policy-grant';
export { PolicySubject, SERVICE_PRINCIPALS, type ServicePrincipal, type PrincipalName, type PrincipalNameOptions } from './policy-subject';
export { PolicyLocation } from './policy-location';
export { PolicyCondition, PolicyValue, KNOWN_POLICY_VARIABLES, policyTagVariable, type PolicyVariable, type PolicyTagScope } from './policy-condition';
export { POLICY_RESOURCE_TYPES, type PolicyResourceType } from './policy-resource-types';

/** The parts every statement kind shares. */
export interface PolicyStatementBaseProps {
  /** Who is granted access. */
  readonly subject: PolicySubject;
  /**
   * Condition that narrows the grant.
   * @default - no condition: the grant applies to every request in the location
   */
  readonly where?: PolicyCondition;
}

/** Props of an `Allow` statement: subject, verb and resource-type (or permissions), location, condition. */
export type PolicyStatementProps = PolicyStatementBaseProps &
  PolicyGrant & {
    /** Tenancy or compartment the grant applies in. */
    readonly location: PolicyLocation;
  };

/**
 * One `Allow` statement of an OCI IAM policy, built from typed parts so that it is well-formed:
 * `Allow <subject> to <verb> <resource-type> in <location> [where <conditions>]`.
 *
 * The constructor checks every part and refuses `manage all-resources`. Statements render with OCI's
 * keywords in lowercase after a capital `Allow`; OCI ignores keyword case and extra spaces.
 *
 * @example
 * new PolicyStatement({
 *   subject: PolicySubject.dynamicGroup('mlops-fn-dg'),
 *   verb: 'read',
 *   resource: 'objects',
 *   location: PolicyLocation.compartmentName('mlops'),
 *   where: PolicyCondition.eq('target.bucket.name', 'models'),
 * }).toString();
 * // "Allow dynamic-group mlops-fn-dg to read objects in compartment mlops where target.bucket.name = 'models'"
 */
export class PolicyStatement {
  /** The statement text. */
  private readonly text: string;

  /**
   * @param props - the statement's parts
   * @throws IamValidationError when a part is missing or malformed, and for `manage all-resources`
   */
  public constructor(public readonly props: PolicyStatementProps) {
    const input = 'PolicyStatement';
    const subject = renderSubject(input, props?.subject);
    const grant = renderGrant(input, props);
    const location = renderLocation(input, props.location, 'local');
    this.text = `Allow ${subject} to ${grant} in ${location}${renderWhere(input, props.where)}`;
  }

  /** The statement as OCI policy text. */
  public toString(): string {
    return this.text;
  }
}
