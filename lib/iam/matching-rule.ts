import { IamValidationError } from './iam-error';
import { checkOcid, checkQuotable } from './names';
import { Scanner } from './scanner';

/**
 * `resource.type` values of dynamic-group matching rules. OCI's rule: the resource type is the type part
 * of the resource's OCID (`ocid1.fnfunc...` -> `fnfunc`). Sources: the Data Science, Functions, DevOps,
 * Container Instances, API Gateway, Connector Hub, Generative AI Agents, Data Flow, Database Tools,
 * Certificates and Secure Desktops pages of docs.oracle.com, and test/lib/iam/fixtures/dynamic-group-rules.txt.
 * OCI compares them case-insensitively; the list holds them lowercase.
 */
export const MATCHING_RULE_RESOURCE_TYPES = [
  /** API Gateway gateways (to call Functions, read Vault secrets). */
  'apigateway',
  'autonomousdatabase',
  'certificateauthority',
  /** Container Instances (the MLflow tracking server). */
  'computecontainerinstance',
  'databasetoolsidentity',
  'dataflowrun',
  /** Data Science job runs. */
  'datasciencejobrun',
  /** Data Science model deployments. */
  'datasciencemodeldeployment',
  /** Data Science notebook sessions. */
  'datasciencenotebooksession',
  /** Data Science pipeline runs. */
  'datasciencepipelinerun',
  'desktoppool',
  /** DevOps build pipelines. */
  'devopsbuildpipeline',
  'devopsconnection',
  /** DevOps deploy pipelines. */
  'devopsdeploypipeline',
  /** DevOps code repositories (mirroring, triggers). */
  'devopsrepository',
  /** OCI Functions. */
  'fnfunc',
  'genaiagent',
  'genaiagentdataingestionjob',
  /** Compute instances (OKE worker nodes); Oracle's examples usually match them with instance.compartment.id. */
  'instance',
  'managementagent',
  /** Connector Hub connectors. */
  'serviceconnector',
  /** As published in Oracle's matching-rule page (the vault OCID type is `vault`). */
  'vaults',
] as const;

/** A `resource.type` value of a matching rule. */
export type MatchingRuleResourceType = (typeof MATCHING_RULE_RESOURCE_TYPES)[number];

/** Tag namespace and key names: letters, digits, '-', '_' (no dots: they separate the variable's parts). */
const TAG_PART = /^[A-Za-z0-9_-]{1,100}$/;

type Operator = '=' | '!=';

/**
 * A dynamic-group matching rule: one condition, or `ALL {...}` / `ANY {...}` of rules.
 *
 * @example
 * MatchingRule.all(
 *   MatchingRule.resourceType('fnfunc'),
 *   MatchingRule.resourceCompartmentId('ocid1.compartment.oc1..aaaaaaaaexampleexampleexample'),
 * ).toString();
 * // "ALL {resource.type = 'fnfunc', resource.compartment.id = 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample'}"
 */
export class MatchingRule {
  /**
   * Resources of one type (`resource.type = 'fnfunc'`).
   * @throws IamValidationError when the type is not in MATCHING_RULE_RESOURCE_TYPES
   */
  public static resourceType(type: MatchingRuleResourceType): MatchingRule {
    const found = typeof type === 'string' ? MATCHING_RULE_RESOURCE_TYPES.find((t) => t === type.toLowerCase()) : undefined;
    if (found === undefined) {
      throw new IamValidationError(
        `MatchingRule.resourceType must be one of ${MATCHING_RULE_RESOURCE_TYPES.join(', ')}; got ${JSON.stringify(type)}`,
      );
    }
    return MatchingRule.condition('resource.type', '=', found);
  }

  /**
   * Resources in one compartment (`resource.compartment.id = '<ocid>'`).
   * @throws IamValidationError when the value is not a compartment or tenancy OCID
   */
  public static resourceCompartmentId(ocid: string): MatchingRule {
    return MatchingRule.condition('resource.compartment.id', '=', checkOcid('MatchingRule.resourceCompartmentId', ocid, ['compartment', 'tenancy']));
  }

  /**
   * One resource (`resource.id = '<ocid>'`).
   * @throws IamValidationError when the value is not an OCID
   */
  public static resourceId(ocid: string): MatchingRule {
    return MatchingRule.condition('resource.id', '=', checkOcid('MatchingRule.resourceId', ocid, ['[a-z0-9]+'], 'resource'));
  }

  /**
   * Compute instances in one compartment (`instance.compartment.id = '<ocid>'`).
   * @throws IamValidationError when the value is not a compartment or tenancy OCID
   */
  public static instanceCompartmentId(ocid: string): MatchingRule {
    return MatchingRule.condition('instance.compartment.id', '=', checkOcid('MatchingRule.instanceCompartmentId', ocid, ['compartment', 'tenancy']));
  }

  /**
   * One compute instance (`instance.id = '<ocid>'`).
   * @throws IamValidationError when the value is not an instance OCID
   */
  public static instanceId(ocid: string): MatchingRule {
    return MatchingRule.condition('instance.id', '=', checkOcid('MatchingRule.instanceId', ocid, ['instance']));
  }

  /**
   * Resources carrying a defined tag: `tag.<namespace>.<key>.value = '<value>'`, or any value of the tag
   * when `value` is omitted (`tag.<namespace>.<key>.value`).
   * @throws IamValidationError when the namespace or key holds characters other than letters, digits, '-'
   *   and '_', or the value holds a quote
   */
  public static tag(namespace: string, key: string, value?: string): MatchingRule {
    for (const [input, part] of [['namespace', namespace], ['key', key]] as const) {
      if (typeof part !== 'string' || !TAG_PART.test(part)) {
        throw new IamValidationError(
          `MatchingRule.tag ${input} must be 1-100 letters, digits, '-' or '_'; got ${JSON.stringify(part)}`,
        );
      }
    }
    const variable = `tag.${namespace}.${key}.value`;
    if (value === undefined) return new MatchingRule(variable, false, true);
    return MatchingRule.condition(variable, '=', checkQuotable('MatchingRule.tag value', value));
  }

  /**
   * Resources of the given types in one compartment: `ALL {resource.type = 't', resource.compartment.id = 'c'}`
   * for one type, `ANY {ALL {...}, ALL {...}}` for several (the form Oracle's DevOps samples use).
   * @throws IamValidationError on an empty or unlisted type list, or a malformed compartment OCID
   */
  public static resourceTypesInCompartment(types: readonly MatchingRuleResourceType[], compartmentId: string): MatchingRule {
    if (!Array.isArray(types) || types.length === 0) {
      throw new IamValidationError(`MatchingRule.resourceTypesInCompartment needs at least one resource type; got ${JSON.stringify(types)}`);
    }
    const compartment = MatchingRule.resourceCompartmentId(compartmentId);
    const rules = types.map((t) => MatchingRule.all(MatchingRule.resourceType(t), compartment));
    return rules.length === 1 ? rules[0] : MatchingRule.any(...rules);
  }

  /** Every rule holds (`ALL {...}`). */
  public static all(...rules: MatchingRule[]): MatchingRule {
    return MatchingRule.group('ALL', rules);
  }

  /** At least one rule holds (`ANY {...}`). */
  public static any(...rules: MatchingRule[]): MatchingRule {
    return MatchingRule.group('ANY', rules);
  }

  private static condition(variable: string, op: Operator, value: string): MatchingRule {
    return new MatchingRule(`${variable} ${op} '${value}'`, false, false);
  }

  private static group(op: 'ALL' | 'ANY', rules: MatchingRule[]): MatchingRule {
    if (rules.length === 0 || rules.some((r) => !(r instanceof MatchingRule))) {
      throw new IamValidationError(`MatchingRule.${op.toLowerCase()} needs one or more MatchingRule values; got ${rules.length === 0 ? 'none' : 'a non-rule'}`);
    }
    return new MatchingRule(`${op} {${rules.join(', ')}}`, true, false);
  }

  private constructor(
    private readonly text: string,
    /** True for `ALL {...}` / `ANY {...}`. */
    public readonly isGroup: boolean,
    private readonly isTagPresence: boolean,
  ) {}

  /**
   * The same single condition with `!=` (say: every instance of a compartment except one).
   * @throws IamValidationError for ALL/ANY groups and tag-presence rules, which have no operator to flip
   */
  public negate(): MatchingRule {
    if (this.isGroup || this.isTagPresence || !this.text.includes(' = ')) {
      throw new IamValidationError(`MatchingRule.negate applies to one 'variable = value' condition; got ${this.text}`);
    }
    return new MatchingRule(this.text.replace(' = ', ' != '), false, false);
  }

  /** The rule as OCI matching-rule text. */
  public toString(): string {
    return this.text;
  }
}

function parseRule(s: Scanner): MatchingRule {
  const group = s.tryGroup(() => parseRule(s));
  if (group) return MatchingRule[group.op](...group.items);
  const variable = s.expectWord('a variable (resource.type, resource.id, resource.compartment.id, instance.id, instance.compartment.id, tag.<ns>.<key>.value)');
  const tag = /^tag\.([^.]+)\.([^.]+)\.value$/i.exec(variable);
  const negate = s.tryToken('!=');
  if (!negate && !s.tryToken('=')) {
    if (tag) return MatchingRule.tag(tag[1], tag[2]);
    s.fail("'=' or '!='");
  }
  if (s.peekChar() !== "'") s.fail("a value between single quotes ('...')");
  const value = s.readQuoted();
  let rule: MatchingRule;
  switch (variable.toLowerCase()) {
    case 'resource.type':
      rule = MatchingRule.resourceType(value as MatchingRuleResourceType);
      break;
    case 'resource.id':
      rule = MatchingRule.resourceId(value);
      break;
    case 'resource.compartment.id':
      rule = MatchingRule.resourceCompartmentId(value);
      break;
    case 'instance.id':
      rule = MatchingRule.instanceId(value);
      break;
    case 'instance.compartment.id':
      rule = MatchingRule.instanceCompartmentId(value);
      break;
    default:
      if (!tag) return s.fail('a matching-rule variable (resource.type, resource.id, resource.compartment.id, instance.id, instance.compartment.id, tag.<ns>.<key>.value)');
      rule = MatchingRule.tag(tag[1], tag[2], value);
  }
  return negate ? rule.negate() : rule;
}

/**
 * Reads a dynamic-group matching rule and rebuilds it through `MatchingRule`, so that every check applies.
 *
 * @param text - the rule (`ALL {resource.type = 'fnfunc', resource.compartment.id = 'ocid1...'}`)
 * @returns the rule
 * @throws IamValidationError when the text is not a rule the builder can express, or a part fails a check
 * @example
 * parseMatchingRule("all { resource.type = 'datasciencejobrun' }").toString(); // "ALL {resource.type = 'datasciencejobrun'}"
 */
export function parseMatchingRule(text: string): MatchingRule {
  if (typeof text !== 'string') throw new IamValidationError(`parseMatchingRule needs a string; got ${String(text)}`);
  const s = new Scanner(text, 'parseMatchingRule');
  const rule = parseRule(s);
  if (!s.atEnd()) s.fail('the end of the rule');
  return rule;
}
