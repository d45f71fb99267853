import { type IConstruct } from 'constructs';

/** Node metadata type under which `Governance.suppress` stores suppressions. */
export const SUPPRESSIONS_METADATA_TYPE = 'oci-mlops/policy-suppressions';

/** One accepted exception to a rule, with its written reason. */
export interface PolicySuppression {
  /** The rule ID, e.g. `OCI-CIS-4.1.3`. */
  readonly id: string;
  /** Why the finding is accepted (20 characters at least). */
  readonly reason: string;
}

/**
 * The suppressions in force on a construct: those declared on it and on every scope above it; for a
 * rule suppressed at several levels, the one declared closest to the construct wins.
 *
 * @param node - any construct
 * @returns one suppression per rule ID, sorted by ID
 */
export function effectiveSuppressions(node: IConstruct): PolicySuppression[] {
  const byId = new Map<string, PolicySuppression>();
  for (const scope of node.node.scopes) {
    for (const entry of scope.node.metadata) {
      if (entry.type !== SUPPRESSIONS_METADATA_TYPE) continue;
      for (const s of entry.data as PolicySuppression[]) byId.set(s.id, { id: s.id, reason: s.reason });
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The reason a rule is suppressed on a construct, if it is.
 *
 * @param node - any construct
 * @param ruleId - the rule ID
 * @returns the reason, or undefined when the rule is not suppressed there
 */
export function suppressionReason(node: IConstruct, ruleId: string): string | undefined {
  return effectiveSuppressions(node).find((s) => s.id === ruleId)?.reason;
}
