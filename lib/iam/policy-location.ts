import { IamValidationError } from './iam-error';
import { checkName, checkOcid } from './names';

/** Where a location may appear: in the local tenancy, or naming another tenancy (cross-tenancy statements). */
export type PolicyLocationScope = 'local' | 'other-tenancy';

/**
 * The location of a policy statement: the tenancy, or one compartment (by OCID or by name path).
 *
 * Cross-tenancy statements also use `namedTenancy(alias)` (a tenancy defined by a `Define` statement)
 * and `anyTenancy()`; `Allow` statements refuse those.
 *
 * @example
 * PolicyLocation.compartmentName('mlops:team-a').toString(); // 'compartment mlops:team-a'
 */
export class PolicyLocation {
  /** The whole tenancy (the root compartment and every compartment under it). */
  public static tenancy(): PolicyLocation {
    return new PolicyLocation('tenancy', 'local');
  }

  /**
   * One compartment by OCID (`compartment id ocid1.compartment...`). The root compartment's OCID is the
   * tenancy OCID, which is accepted too.
   * @throws IamValidationError when the value is not a compartment or tenancy OCID
   */
  public static compartmentId(ocid: string): PolicyLocation {
    return new PolicyLocation(`compartment id ${checkOcid('PolicyLocation.compartmentId', ocid, ['compartment', 'tenancy'])}`, 'local');
  }

  /**
   * One compartment by name, or by path from a compartment the policy is attached to: `A:B:C` names C,
   * child of B, child of A.
   * @throws IamValidationError when a path segment holds characters OCI forbids in compartment names
   */
  public static compartmentName(path: string): PolicyLocation {
    if (typeof path !== 'string' || path.length === 0) {
      throw new IamValidationError(`PolicyLocation.compartmentName needs a compartment name or A:B:C path; got ${JSON.stringify(path)}`);
    }
    // A Terraform expression may itself contain ':' only inside ${...}; split outside of them.
    for (const segment of path.split(/:(?![^{]*\})/)) {
      checkName(`PolicyLocation.compartmentName segment of ${JSON.stringify(path)}`, segment);
    }
    return new PolicyLocation(`compartment ${path}`, 'local');
  }

  /**
   * Another tenancy, by the alias a `Define tenancy <alias> as <ocid>` statement gives it (Endorse, Admit).
   * @throws IamValidationError when the alias holds characters OCI forbids
   */
  public static namedTenancy(alias: string): PolicyLocation {
    return new PolicyLocation(`tenancy ${checkName('PolicyLocation.namedTenancy', alias)}`, 'other-tenancy');
  }

  /** Any tenancy (Endorse statements only). */
  public static anyTenancy(): PolicyLocation {
    return new PolicyLocation('any-tenancy', 'other-tenancy');
  }

  private constructor(
    private readonly text: string,
    /** Whether the location lies in the tenancy that holds the policy or names another one. */
    public readonly scope: PolicyLocationScope,
  ) {}

  /** True for `tenancy` (the whole local tenancy). */
  public get isTenancy(): boolean {
    return this.text === 'tenancy';
  }

  /** The location as OCI policy text. */
  public toString(): string {
    return this.text;
  }
}
