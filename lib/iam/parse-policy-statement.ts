import { AdmitStatement, DefineStatement, type DefineKind, EndorseStatement } from './cross-tenancy-statement';
import { IamValidationError } from './iam-error';
import { PolicyCondition, PolicyValue, type PolicyVariable } from './policy-condition';
import { POLICY_VERBS, type PolicyVerb } from './policy-grant';
import { PolicyLocation } from './policy-location';
import { type PolicyResourceType } from './policy-resource-types';
import { PolicyStatement } from './policy-statement';
import { type PrincipalName, PolicySubject, type ServicePrincipal } from './policy-subject';
import { Scanner } from './scanner';

/** Any statement an OCI policy can hold. */
export type AnyPolicyStatement = PolicyStatement | EndorseStatement | AdmitStatement | DefineStatement;

const WHAT = 'parsePolicyStatement';

function parseSubject(s: Scanner): PolicySubject {
  const kind = s.expectWord("a subject (group, dynamic-group, service, any-user, any-group)").toLowerCase();
  if (kind === 'any-user') return PolicySubject.anyUser();
  if (kind === 'any-group') return PolicySubject.anyGroup();
  if (kind === 'service') {
    const names: string[] = [];
    do names.push(s.expectWord('a service name')); while (s.tryToken(','));
    return PolicySubject.services(names as ServicePrincipal[]);
  }
  if (kind !== 'group' && kind !== 'dynamic-group') s.fail('a subject (group, dynamic-group, service, any-user, any-group)');
  if (s.peekWord() === 'id') {
    const ids: string[] = [];
    do {
      s.expectKeyword('id');
      ids.push(s.expectWord('an OCID'));
    } while (s.tryToken(','));
    return kind === 'group' ? PolicySubject.groupIds(ids) : PolicySubject.dynamicGroupIds(ids);
  }
  const names: PrincipalName[] = [];
  do names.push(parsePrincipalName(s)); while (s.tryToken(','));
  return kind === 'group' ? PolicySubject.groups(names) : PolicySubject.dynamicGroups(names);
}

function parsePrincipalName(s: Scanner): PrincipalName {
  if (s.peekChar() === "'") {
    const first = s.readQuoted();
    if (s.tryToken('/')) return { identityDomain: first, name: s.readQuoted(), quoted: true };
    return { name: first, quoted: true };
  }
  const word = s.expectWord('a group name', '/');
  const slash = word.indexOf('/');
  return slash < 0 ? { name: word } : { identityDomain: word.slice(0, slash), name: word.slice(slash + 1), quoted: false };
}

function parseLocation(s: Scanner): PolicyLocation {
  const word = s.expectWord('a location (tenancy, compartment <name>, compartment id <ocid>, any-tenancy)').toLowerCase();
  if (word === 'any-tenancy') return PolicyLocation.anyTenancy();
  if (word === 'tenancy') {
    const next = s.peekWord();
    return next === '' || next === 'where' || next === 'with' ? PolicyLocation.tenancy() : PolicyLocation.namedTenancy(s.readWord());
  }
  if (word !== 'compartment') s.fail('a location (tenancy, compartment <name>, compartment id <ocid>, any-tenancy)');
  if (s.tryKeyword('id')) return PolicyLocation.compartmentId(s.expectWord('a compartment OCID'));
  return PolicyLocation.compartmentName(s.expectWord('a compartment name or path'));
}

function parseQuotedList(s: Scanner): string[] {
  s.expectToken('(');
  const values: string[] = [];
  do values.push(s.readQuoted()); while (s.tryToken(','));
  s.expectToken(')');
  return values;
}

function parseValue(s: Scanner): PolicyValue {
  const c = s.peekChar();
  if (c === "'") return PolicyValue.string(s.readQuoted());
  if (c === '/') return PolicyValue.pattern(s.readPattern());
  return PolicyValue.variable(s.expectWord("a value: 'string', /pattern/ or a variable") as PolicyVariable);
}

function parseCondition(s: Scanner): PolicyCondition {
  const group = s.tryGroup(() => parseCondition(s));
  if (group) return PolicyCondition[group.op](...group.items);
  if (s.tryKeyword('sets-intersect')) {
    s.expectToken('(');
    const variable = s.expectWord('a variable') as PolicyVariable;
    s.expectToken(',');
    const values = parseQuotedList(s);
    s.expectToken(')');
    return PolicyCondition.setsIntersect(variable, values);
  }
  const variable = s.expectWord('a condition variable') as PolicyVariable;
  if (s.tryToken('!=')) return PolicyCondition.neq(variable, parseValue(s));
  if (s.tryToken('=')) return PolicyCondition.eq(variable, parseValue(s));
  const op = s.readWord().toLowerCase();
  switch (op) {
    case 'before':
      return PolicyCondition.before(variable, s.readQuoted());
    case 'after':
      return PolicyCondition.after(variable, s.readQuoted());
    case 'between': {
      const from = s.readQuoted();
      s.expectKeyword('and');
      return PolicyCondition.between(variable, from, s.readQuoted());
    }
    case 'in':
      return PolicyCondition.in(variable, parseQuotedList(s));
    default:
      return s.fail("an operator (=, !=, before, after, between, in)");
  }
}

function parseWhere(s: Scanner): PolicyCondition | undefined {
  return s.tryKeyword('where') ? parseCondition(s) : undefined;
}

/** The grant part of a statement as read: a verb on a resource-type, permissions, or an `associate` pair. */
export interface ParsedGrant {
  /** The verb, lowercase. */
  readonly verb?: PolicyVerb;
  /** The resource-type as written (not checked against POLICY_RESOURCE_TYPES). */
  readonly resource?: PolicyResourceType;
  /** The permission names of a `{...}` grant. */
  readonly permissions?: string[];
  /** Where the grant applies. */
  readonly location?: PolicyLocation;
  readonly associate?: PolicyResourceType;
  readonly associateIn?: PolicyLocation;
  readonly with?: PolicyResourceType;
  readonly withIn?: PolicyLocation;
}

function parseGrant(s: Scanner, allowAssociate: boolean): ParsedGrant {
  if (s.tryToken('{')) {
    const permissions: string[] = [];
    do permissions.push(s.expectWord('a permission name')); while (s.tryToken(','));
    s.expectToken('}');
    s.expectKeyword('in');
    return { permissions, location: parseLocation(s) };
  }
  const verb = s.expectWord('a verb (inspect, read, use, manage) or {PERMISSIONS}').toLowerCase();
  if (verb === 'associate' && allowAssociate) {
    const associate = s.expectWord('a resource-type') as PolicyResourceType;
    s.expectKeyword('in');
    const associateIn = parseLocation(s);
    s.expectKeyword('with');
    const withType = s.expectWord('a resource-type') as PolicyResourceType;
    s.expectKeyword('in');
    return { associate, associateIn, with: withType, withIn: parseLocation(s) };
  }
  if (!(POLICY_VERBS as readonly string[]).includes(verb)) {
    s.fail(`a verb (${POLICY_VERBS.join(', ')}${allowAssociate ? ', associate' : ''}) or {PERMISSIONS}`);
  }
  const resource = s.expectWord('a resource-type') as PolicyResourceType;
  s.expectKeyword('in');
  return { verb: verb as PolicyVerb, resource, location: parseLocation(s) };
}

function parseDefine(s: Scanner): DefineStatement {
  const kind = s.expectWord('tenancy, group, dynamic-group or compartment').toLowerCase() as DefineKind;
  const alias = s.expectWord('an alias');
  s.expectKeyword('as');
  return new DefineStatement({ kind, alias, ocid: s.expectWord('an OCID') });
}

/** A statement read into its parts, before the statement-level checks. */
export type PolicyStatementParts =
  | (ParsedGrant & {
      /** The statement keyword, lowercase. */
      readonly kind: 'allow' | 'endorse' | 'admit';
      /** Who is granted access (for Admit, principals of the tenancy `tenancyAlias`). */
      readonly subject: PolicySubject;
      /** The other tenancy of an Admit statement. */
      readonly tenancyAlias?: string;
      /** The condition, if the statement has one. */
      readonly where?: PolicyCondition;
    })
  | { readonly kind: 'define'; readonly statement: DefineStatement };

/**
 * Reads one OCI policy statement into its parts: the subject, location and condition are built
 * through PolicySubject, PolicyLocation and PolicyCondition (so names, OCIDs and variables are
 * checked), but the statement-level checks are not applied: the resource-type is not looked up and
 * `manage all-resources` is not refused. A policy check uses it to judge statements that the
 * builders would refuse to write.
 *
 * @param text - one statement (`Allow ...`, `Endorse ...`, `Admit ...` or `Define ...`)
 * @returns the parts; Define statements come fully built
 * @throws IamValidationError when the text is not a statement of OCI's grammar or a part fails its builder's check
 * @example
 * const parts = readPolicyStatementParts('Allow group Ops to manage all-resources in tenancy');
 * // parts.kind === 'allow', parts.verb === 'manage', parts.resource === 'all-resources', parts.location.isTenancy === true
 */
export function readPolicyStatementParts(text: string): PolicyStatementParts {
  return readParts(text, 'readPolicyStatementParts');
}

function readParts(text: string, what: string): PolicyStatementParts {
  if (typeof text !== 'string') throw new IamValidationError(`${what} needs a string; got ${String(text)}`);
  const s = new Scanner(text, what);
  const head = s.readWord().toLowerCase();
  let parts: PolicyStatementParts;
  if (head === 'define') {
    parts = { kind: 'define', statement: parseDefine(s) };
  } else if (head === 'allow' || head === 'endorse' || head === 'admit') {
    const subject = parseSubject(s);
    let tenancyAlias: string | undefined;
    if (head === 'admit') {
      s.expectKeyword('of');
      s.expectKeyword('tenancy');
      tenancyAlias = s.expectWord('a tenancy alias');
    }
    s.expectKeyword('to');
    const grant = parseGrant(s, head !== 'allow');
    const where = parseWhere(s);
    parts = { kind: head, subject, ...(tenancyAlias === undefined ? {} : { tenancyAlias }), ...grant, ...(where === undefined ? {} : { where }) };
  } else {
    return s.fail("a statement starting with 'Allow', 'Endorse', 'Admit' or 'Define'");
  }
  if (!s.atEnd()) s.fail('the end of the statement');
  return parts;
}

/**
 * Reads one OCI policy statement and rebuilds it through the typed builders, so that every check of
 * `PolicyStatement`, `EndorseStatement`, `AdmitStatement` and `DefineStatement` applies.
 *
 * Keywords, verbs and resource-types are read in any case; the result renders them in canonical form.
 *
 * @param text - one statement (`Allow ...`, `Endorse ...`, `Admit ...` or `Define ...`)
 * @returns the statement object
 * @throws IamValidationError when the text is not a statement the builders can express (the message says
 *   where and what was expected) or a part fails a builder check
 * @example
 * parsePolicyStatement("ALLOW group Auditors TO read all-resources IN TENANCY").toString();
 * // 'Allow group Auditors to read all-resources in tenancy'
 */
export function parsePolicyStatement(text: string): AnyPolicyStatement {
  const parts = readParts(text, WHAT);
  if (parts.kind === 'define') return parts.statement;
  const { kind, tenancyAlias, ...props } = parts;
  if (kind === 'allow') return new PolicyStatement(props as never);
  if (kind === 'endorse') return new EndorseStatement(props as never);
  return new AdmitStatement({ ...props, tenancyAlias: tenancyAlias ?? '' } as never);
}

/**
 * Reads one `Allow` statement (parsePolicyStatement also reads Endorse, Admit and Define).
 *
 * @param text - the statement
 * @returns the statement rebuilt through the typed parts
 * @throws IamValidationError when the text is malformed, fails a check, or is not an `Allow` statement
 * @example
 * parseAllowStatement('allow group A to read objects in tenancy').toString(); // 'Allow group A to read objects in tenancy'
 */
export function parseAllowStatement(text: string): PolicyStatement {
  const statement = parsePolicyStatement(text);
  if (!(statement instanceof PolicyStatement)) {
    throw new IamValidationError(`parseAllowStatement reads Allow statements; got ${JSON.stringify(text)}: use parsePolicyStatement for Endorse, Admit and Define`);
  }
  return statement;
}
