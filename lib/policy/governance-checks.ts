import { Annotations, Aspects, type IAspect, TerraformStack } from 'cdktf';
import { type IConstruct } from 'constructs';
import { OCI_MLOPS_RULES } from './oci-mlops-rules';
import { checkedRules, evaluateConstruct } from './private/evaluate';
import { type PolicyRule } from './rule';

/** Options of GovernanceChecks. */
export interface GovernanceChecksOptions {
  /**
   * The rules to run.
   * @default OCI_MLOPS_RULES
   */
  readonly rules?: readonly PolicyRule[];
}

/**
 * The policy rule pack as an Aspect: at synthesis every rule runs on every construct of the stack,
 * and each NON_COMPLIANT result becomes an annotation on the construct, `[ID] info`:
 * an error (synthesis fails) or a warning by the rule's level, or an info
 * `[ID] suppressed: <reason>` when `Governance.suppress` covers it.
 *
 * cdktf 0.21 runs aspects per stack, starting at the stack: an aspect added to the App is never
 * invoked. Add it to each stack, or call `GovernanceChecks.applyTo(app)` once every stack exists.
 */
export class GovernanceChecks implements IAspect {
  /**
   * Adds one GovernanceChecks to every TerraformStack under a scope (the scope included).
   *
   * @param scope - an App, a stack, or any construct containing stacks
   * @param opts - the rules to run
   * @returns the aspect that was added
   * @throws Error when the scope holds no TerraformStack
   */
  public static applyTo(scope: IConstruct, opts: GovernanceChecksOptions = {}): GovernanceChecks {
    const stacks = scope.node.findAll().filter((c) => c instanceof TerraformStack);
    if (stacks.length === 0) throw new Error(`GovernanceChecks.applyTo: ${scope.node.path || '<app>'} holds no TerraformStack; define the stacks first`);
    const checks = new GovernanceChecks(opts);
    for (const stack of stacks) Aspects.of(stack).add(checks);
    return checks;
  }

  private readonly rules: readonly PolicyRule[];
  // A second synthesis of the same tree must not annotate a construct twice.
  private readonly visited = new WeakSet<IConstruct>();

  /**
   * @param opts - the rules to run
   * @throws Error when two rules share an ID
   */
  public constructor(opts: GovernanceChecksOptions = {}) {
    this.rules = checkedRules('GovernanceChecks', opts.rules ?? OCI_MLOPS_RULES);
  }

  public visit(node: IConstruct): void {
    if (this.visited.has(node)) return;
    this.visited.add(node);
    for (const finding of evaluateConstruct(node, this.rules)) {
      const annotations = Annotations.of(node);
      if (finding.suppressedReason !== undefined) annotations.addInfo(`[${finding.ruleId}] suppressed: ${finding.suppressedReason}`);
      else if (finding.level === 'error') annotations.addError(`[${finding.ruleId}] ${finding.message}`);
      else annotations.addWarning(`[${finding.ruleId}] ${finding.message}`);
    }
  }
}
