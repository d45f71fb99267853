/** Test helpers of the policy rule pack: a stack, L1 fixtures, and the annotations a rule leaves at synthesis. */
import { type App, Aspects, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { type IConstruct } from 'constructs';
import { CoreSecurityList } from '../../../.gen/providers/oci/core-security-list';
import { CoreSubnet } from '../../../.gen/providers/oci/core-subnet';
import { CoreVcn } from '../../../.gen/providers/oci/core-vcn';
import { IdentityPolicy } from '../../../.gen/providers/oci/identity-policy';
import { KmsKey } from '../../../.gen/providers/oci/kms-key';
import { OciProvider } from '../../../.gen/providers/oci/provider';
import { GovernanceChecks, OCI_MLOPS_RULES, type PolicyRule } from '../../../lib/policy';

export const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment';

/** A fresh stack in a fresh test app. */
export function newStack(id = 'stack'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

/** A stack with the oci provider, as `app.synth()` and terraform require. */
export function ociStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  return stack;
}

/** A string variable: its value is a token, known only at apply time. */
export function tokenString(scope: IConstruct, id = 'Unknown'): string {
  return new TerraformVariable(scope, id, { type: 'string' }).stringValue;
}

/** The catalog entry of a rule. */
export function ruleById(id: string): PolicyRule {
  const rule = OCI_MLOPS_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in OCI_MLOPS_RULES`);
  return rule;
}

/** A VCN with one subnet on its own security list; `public` leaves public IPs allowed. */
export function network(scope: IConstruct, opts: { public?: boolean; id?: string } = {}): { vcn: CoreVcn; subnet: CoreSubnet } {
  const id = opts.id ?? 'Net';
  const vcn = new CoreVcn(scope, `${id}Vcn`, { compartmentId: COMPARTMENT, cidrBlocks: ['10.0.0.0/16'] });
  const list = new CoreSecurityList(scope, `${id}List`, { compartmentId: COMPARTMENT, vcnId: vcn.id });
  const subnet = new CoreSubnet(scope, `${id}Subnet`, {
    compartmentId: COMPARTMENT, vcnId: vcn.id, cidrBlock: '10.0.1.0/24', securityListIds: [list.id],
    ...(opts.public ? {} : { prohibitPublicIpOnVnic: true }),
  });
  return { vcn, subnet };
}

/** An IAM policy with the given statements, in a fresh stack. */
export function identityPolicy(statements: string[]): { stack: TerraformStack; policy: IdentityPolicy } {
  const stack = newStack();
  return { stack, policy: new IdentityPolicy(stack, 'Policy', { compartmentId: COMPARTMENT, name: 'mlops', description: 'mlops', statements }) };
}

/** A Vault master key with yearly auto-rotation. */
export function masterKey(scope: IConstruct, id = 'Key'): KmsKey {
  return new KmsKey(scope, id, {
    compartmentId: COMPARTMENT, displayName: 'master', managementEndpoint: 'https://example-management.kms.eu-frankfurt-1.oraclecloud.com',
    keyShape: { algorithm: 'AES', length: 32 }, isAutoRotationEnabled: true, autoKeyRotationDetails: { rotationIntervalInDays: 90 },
  });
}

/** An annotation as synthesis leaves it on a construct. */
export interface Note {
  readonly level: 'error' | 'warning' | 'info';
  readonly path: string;
  readonly message: string;
}

const LEVELS: Record<string, Note['level']> = { '@cdktf/error': 'error', '@cdktf/warn': 'warning', '@cdktf/info': 'info' };

/** Every error, warning and info annotation in a construct tree. */
export function notesOf(scope: IConstruct): Note[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type in LEVELS)
    .map((m) => ({ level: LEVELS[m.type], path: c.node.path, message: String(m.data) })));
}

/**
 * Applies GovernanceChecks with one rule of the pack, synthesizes the stack (which runs the
 * aspects) and returns the annotations that rule left.
 */
export function ruleNotes(stack: TerraformStack, ruleId: string): Note[] {
  Aspects.of(stack).add(new GovernanceChecks({ rules: [ruleById(ruleId)] }));
  Testing.synth(stack);
  return notesOf(stack).filter((n) => n.message.startsWith(`[${ruleId}]`));
}

/** The annotation a rule leaves on a non-compliant construct. */
export function expectedNote(ruleId: string, node: IConstruct): Note {
  const rule = ruleById(ruleId);
  return { level: rule.level, path: node.node.path, message: `[${ruleId}] ${rule.info}` };
}
