import { Aspects, type IAspect, TerraformResource, TerraformStack } from 'cdktf';
import { type IConstruct } from 'constructs';
import { effectiveSuppressions, type PolicySuppression, SUPPRESSIONS_METADATA_TYPE } from './private/suppression-metadata';

export { type PolicySuppression } from './private/suppression-metadata';

/** Shortest reason `Governance.suppress` accepts, in characters (after trimming). */
export const MIN_SUPPRESSION_REASON_LENGTH = 20;

/**
 * Key inside each affected resource's `//` comment object where suppressions are recorded.
 * Terraform ignores `//` keys in JSON configuration, so the record never changes a plan.
 */
export const SUPPRESSIONS_OUTPUT_KEY = 'policy_suppressions';

/** Writes the suppressions in force into each L1 resource's `//` comment at synthesis. */
class SuppressionRecorder implements IAspect {
  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource)) return;
    const suppressions = effectiveSuppressions(node);
    if (suppressions.length > 0) node.addOverride(`//.${SUPPRESSIONS_OUTPUT_KEY}`, suppressions);
  }
}

const RECORDER = new SuppressionRecorder();
const recorded = new WeakSet<IConstruct>();

/** Accepted exceptions to the policy rule pack. */
export class Governance {
  /**
   * Suppresses rules on a construct and everything below it. Suppressed findings are still
   * reported, as info ("suppressed: <reason>"), and each affected resource of the synthesized
   * configuration lists the suppressions in force in its `//` comment (`policy_suppressions`).
   *
   * @param construct - the construct (an L1, an L2, a stack) the exception applies to
   * @param suppressions - rule IDs with the written reason each is accepted
   * @throws Error when an ID is empty or a reason is shorter than 20 characters; nothing is recorded then
   * @example
   * Governance.suppress(bucket, [{ id: 'OCI-CIS-4.1.3', reason: 'Prediction logs are append-only and expire after 30 days' }]);
   */
  public static suppress(construct: IConstruct, suppressions: { id: string; reason: string }[]): void {
    const accepted: PolicySuppression[] = suppressions.map((s) => checkSuppression(construct, s));
    construct.node.addMetadata(SUPPRESSIONS_METADATA_TYPE, accepted);
    // Aspects on an App never run in cdktf; record through every stack below it instead.
    const targets = construct.node.scopes.some((s) => s instanceof TerraformStack)
      ? [construct]
      : construct.node.findAll().filter((c) => c instanceof TerraformStack);
    for (const target of targets) {
      if (recorded.has(target)) continue;
      recorded.add(target);
      Aspects.of(target).add(RECORDER);
    }
  }
}

function checkSuppression(construct: IConstruct, s: { id: string; reason: string }): PolicySuppression {
  const where = construct.node.path || '<app>';
  if (typeof s.id !== 'string' || s.id.trim() === '') {
    throw new Error(`Governance.suppress on ${where}: a suppression needs a rule id, got ${JSON.stringify(s.id)}`);
  }
  const reason = typeof s.reason === 'string' ? s.reason.trim() : '';
  if (reason.length < MIN_SUPPRESSION_REASON_LENGTH) {
    throw new Error(
      `Governance.suppress on ${where}: the reason for ${s.id} must be at least ${MIN_SUPPRESSION_REASON_LENGTH} characters, ` +
      `got ${JSON.stringify(s.reason ?? null)} (${reason.length})`);
  }
  return { id: s.id.trim(), reason };
}
