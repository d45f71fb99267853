import { type IConstruct } from 'constructs';
import { type Finding } from '../finding';
import { type PolicyRule } from '../rule';
import { suppressionReason } from './suppression-metadata';
import { terraformAddress } from './terraform-address';

/**
 * Runs every rule on one construct and returns its non-compliant results, suppressed or not.
 *
 * @param node - any construct
 * @param rules - the rule pack
 * @returns one finding per NON_COMPLIANT rule, in rule order
 */
export function evaluateConstruct(node: IConstruct, rules: readonly PolicyRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.check(node) !== 'NON_COMPLIANT') continue;
    const reason = suppressionReason(node, rule.id);
    findings.push({
      ruleId: rule.id,
      level: rule.level,
      ruleName: rule.name,
      message: rule.info,
      fix: rule.fix,
      constructPath: node.node.path,
      address: terraformAddress(node),
      ...(reason === undefined ? {} : { suppressedReason: reason }),
    });
  }
  return findings;
}

/**
 * Checks a rule pack before use.
 *
 * @param caller - the function or class name for the error message
 * @param rules - the rule pack
 * @returns the rules
 * @throws Error when two rules share an ID or an ID is empty
 */
export function checkedRules(caller: string, rules: readonly PolicyRule[]): readonly PolicyRule[] {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (typeof rule.id !== 'string' || rule.id.trim() === '') throw new Error(`${caller}: every rule needs an id, got ${JSON.stringify(rule.id)}`);
    if (seen.has(rule.id)) throw new Error(`${caller}: rule id ${rule.id} appears more than once; ids must be unique`);
    seen.add(rule.id);
  }
  return rules;
}
