import { IamValidationError } from './iam-error';
import { checkName, checkOcid } from './names';
import { type PermissionGrant, type VerbGrant, renderGrant, renderLocation, renderResourceType, renderSubject, renderWhere } from './policy-grant';
import { type PolicyLocation } from './policy-location';
import { type PolicyResourceType } from './policy-resource-types';
import { type PolicyStatementBaseProps } from './policy-statement';

/** The `associate` form of cross-tenancy grants: `associate <type> in <location> with <type> in <location>`. */
export interface AssociateGrant {
  /** Resource-type on this side (say `local-peering-gateways`). */
  readonly associate: PolicyResourceType;
  /** Where this side's resource is. */
  readonly associateIn: PolicyLocation;
  /** Resource-type on the other side. */
  readonly with: PolicyResourceType;
  /** Where the other side's resource is. */
  readonly withIn: PolicyLocation;
  readonly verb?: never;
  readonly resource?: never;
  readonly permissions?: never;
}

/** A verb or permission grant together with its location. */
export type CrossTenancyGrant = (VerbGrant | PermissionGrant) & {
  /** Where the grant applies. */
  readonly location: PolicyLocation;
};

/** Props of an `Endorse` statement (in the tenancy whose principals act elsewhere). */
export type EndorseStatementProps = PolicyStatementBaseProps & (CrossTenancyGrant | AssociateGrant);

/** Props of an `Admit` statement (in the tenancy that lets another tenancy's principals in). */
export type AdmitStatementProps = PolicyStatementBaseProps &
  (CrossTenancyGrant | AssociateGrant) & {
    /** Alias (from a `Define tenancy` statement) of the tenancy whose principals are admitted. */
    readonly tenancyAlias: string;
  };

function renderCrossGrant(input: string, props: CrossTenancyGrant | AssociateGrant, scope: 'local' | 'other-tenancy'): string {
  if ('associate' in props && props.associate !== undefined) {
    const a = props as AssociateGrant;
    // Either side may name a tenancy alias or the local tenancy; the clause pairs one local and one remote side.
    const first = renderLocation(input, a.associateIn, a.associateIn?.scope ?? 'local');
    const second = renderLocation(input, a.withIn, a.withIn?.scope ?? 'local');
    if (a.associateIn.scope === a.withIn.scope) {
      throw new IamValidationError(
        `${input} associate needs one side in this tenancy and the other in another one (PolicyLocation.namedTenancy ` +
          `or .anyTenancy); got '${first}' and '${second}'`,
      );
    }
    return `associate ${renderResourceType(input, a.associate)} in ${first} with ${renderResourceType(input, a.with)} in ${second}`;
  }
  const g = props as CrossTenancyGrant;
  return `${renderGrant(input, g)} in ${renderLocation(input, g.location, scope)}`;
}

/**
 * An `Endorse` statement: lets this tenancy's principals act in another tenancy
 * (`Endorse group StorageAdmins to manage object-family in tenancy DestinationTenancy`).
 *
 * @example
 * new EndorseStatement({
 *   subject: PolicySubject.group('mlops-admins'),
 *   verb: 'read',
 *   resource: 'objects',
 *   location: PolicyLocation.namedTenancy('SharedModels'),
 * }).toString(); // 'Endorse group mlops-admins to read objects in tenancy SharedModels'
 */
export class EndorseStatement {
  private readonly text: string;

  /**
   * @param props - the statement's parts; the location must be `namedTenancy` or `anyTenancy`
   * @throws IamValidationError when a part is missing or malformed, and for `manage all-resources`
   */
  public constructor(public readonly props: EndorseStatementProps) {
    const input = 'EndorseStatement';
    this.text = `Endorse ${renderSubject(input, props.subject)} to ${renderCrossGrant(input, props, 'other-tenancy')}${renderWhere(input, props.where)}`;
  }

  /** The statement as OCI policy text. */
  public toString(): string {
    return this.text;
  }
}

/**
 * An `Admit` statement: lets another tenancy's principals act in this one
 * (`Admit group ModelConsumers of tenancy ConsumerTenancy to read objects in compartment shared-models`).
 *
 * @example
 * new AdmitStatement({
 *   subject: PolicySubject.group('ModelConsumers'),
 *   tenancyAlias: 'ConsumerTenancy',
 *   verb: 'read',
 *   resource: 'objects',
 *   location: PolicyLocation.compartmentName('shared-models'),
 * }).toString(); // 'Admit group ModelConsumers of tenancy ConsumerTenancy to read objects in compartment shared-models'
 */
export class AdmitStatement {
  private readonly text: string;

  /**
   * @param props - the statement's parts; the location must be in this tenancy
   * @throws IamValidationError when a part is missing or malformed, and for `manage all-resources`
   */
  public constructor(public readonly props: AdmitStatementProps) {
    const input = 'AdmitStatement';
    const alias = checkName(`${input} tenancyAlias`, props.tenancyAlias);
    this.text = `Admit ${renderSubject(input, props.subject)} of tenancy ${alias} to ${renderCrossGrant(input, props, 'local')}${renderWhere(input, props.where)}`;
  }

  /** The statement as OCI policy text. */
  public toString(): string {
    return this.text;
  }
}

/** What a `Define` statement names. */
export type DefineKind = 'tenancy' | 'group' | 'dynamic-group' | 'compartment';

const DEFINE_OCID_TYPE: Record<DefineKind, string> = {
  tenancy: 'tenancy',
  group: 'group',
  'dynamic-group': 'dynamicgroup',
  compartment: 'compartment',
};

/** Props of a `Define` statement. */
export interface DefineStatementProps {
  /** What the alias stands for. */
  readonly kind: DefineKind;
  /** Alias used by the Endorse/Admit statements of the same policy. */
  readonly alias: string;
  /** OCID of the tenancy, group, dynamic group or compartment. */
  readonly ocid: string;
}

/**
 * A `Define` statement: an alias for another tenancy's OCID (`Define tenancy SharedModels as ocid1.tenancy...`).
 *
 * @example
 * new DefineStatement({ kind: 'tenancy', alias: 'SharedModels', ocid: 'ocid1.tenancy.oc1..aaaaaaaaexampleexample' }).toString();
 * // 'Define tenancy SharedModels as ocid1.tenancy.oc1..aaaaaaaaexampleexample'
 */
export class DefineStatement {
  private readonly text: string;

  /**
   * @param props - kind, alias and OCID
   * @throws IamValidationError on an unknown kind, a malformed alias or an OCID of another type
   */
  public constructor(public readonly props: DefineStatementProps) {
    const input = 'DefineStatement';
    const ocidType = DEFINE_OCID_TYPE[props.kind];
    if (ocidType === undefined) {
      throw new IamValidationError(`${input} kind must be one of ${Object.keys(DEFINE_OCID_TYPE).join(', ')}; got ${JSON.stringify(props.kind)}`);
    }
    const alias = checkName(`${input} alias`, props.alias);
    this.text = `Define ${props.kind} ${alias} as ${checkOcid(`${input} ocid`, props.ocid, [ocidType])}`;
  }

  /** The statement as OCI policy text. */
  public toString(): string {
    return this.text;
  }
}
