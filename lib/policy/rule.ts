import { type IConstruct } from 'constructs';

/**
 * What a rule says about one construct.
 *
 * `NOT_APPLICABLE` covers both "this rule is not about this kind of construct" and "the value the
 * rule needs is only known at apply time (a token)": a rule never guesses.
 */
export type RuleResult = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';

/** One governance rule of a rule pack, such as `OCI_MLOPS_RULES`. */
export interface PolicyRule {
  /** Stable ID: `OCI-CIS-<recommendation>` where a CIS OCI Foundations Benchmark item applies, else `MLOPS-<n>`. */
  readonly id: string;
  /** `error` findings fail synthesis; `warning` findings are reported only. */
  readonly level: 'error' | 'warning';
  /** Short PascalCase name, the SARIF `rule.name`. */
  readonly name: string;
  /** What is wrong, one sentence, shown with every finding. */
  readonly info: string;
  /** Why the rule exists. */
  readonly explanation: string;
  /** How to comply. */
  readonly fix: string;
  /** The check: a pure function of the construct (it may read the rest of its stack, never change it). */
  readonly check: (node: IConstruct) => RuleResult;
}
