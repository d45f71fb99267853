import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMatchingRule, parsePolicyStatement } from '../../../lib/iam';
import { exampleLines, normalizePolicy, normalizeRule } from './normalize';
import { UNEXPRESSIBLE_POLICY_EXAMPLES, UNEXPRESSIBLE_RULE_EXAMPLES, type UnexpressibleExample } from './unexpressible-examples';

/*
 * Every published example (test/lib/iam/fixtures, copied from /work/shared/oci-examples) is read by the
 * parsers, which rebuild it through the typed builders; the rendered text must equal the example up to
 * what OCI ignores (spacing, keyword case). The lines the builders refuse are listed, with the error they
 * raise, in unexpressible-examples.ts and in docs/iam.md.
 */

const policyLines = exampleLines('iam-policy-statements.txt');
const ruleLines = exampleLines('dynamic-group-rules.txt');
const docs = readFileSync(join(__dirname, '../../../docs/iam.md'), 'utf8');

function partition(lines: string[], refused: readonly UnexpressibleExample[]) {
  const byLine = new Map(refused.map((r) => [r.line, r]));
  return { expressible: lines.filter((l) => !byLine.has(l)), refused: lines.filter((l) => byLine.has(l)).map((l) => byLine.get(l)!) };
}

describe('published policy statements', () => {
  const { expressible, refused } = partition(policyLines, UNEXPRESSIBLE_POLICY_EXAMPLES);

  test('the fixture holds the 963 published statements and the refusal list only lines of it', () => {
    expect(policyLines).toHaveLength(963);
    expect(refused).toHaveLength(UNEXPRESSIBLE_POLICY_EXAMPLES.length);
    expect(expressible.length).toBe(934);
  });

  test.each(expressible.map((l) => [l]))('round-trips %s', (line) => {
    expect(normalizePolicy(parsePolicyStatement(line).toString())).toBe(normalizePolicy(line));
  });

  test.each(refused.map((r) => [r.line, r]))('fails on %s', (_line, r) => {
    expect(() => parsePolicyStatement(r.line)).toThrow(r.error);
  });
});

describe('published dynamic-group matching rules', () => {
  const { expressible, refused } = partition(ruleLines, UNEXPRESSIBLE_RULE_EXAMPLES);

  test('the fixture holds the 34 published rules and the refusal list only lines of it', () => {
    expect(ruleLines).toHaveLength(34);
    expect(refused).toHaveLength(UNEXPRESSIBLE_RULE_EXAMPLES.length);
  });

  test.each(expressible.map((l) => [l]))('round-trips %s', (line) => {
    expect(normalizeRule(parseMatchingRule(line).toString())).toBe(normalizeRule(line));
  });

  test.each(refused.map((r) => [r.line, r]))('fails on %s', (_line, r) => {
    expect(() => parseMatchingRule(r.line)).toThrow(r.error);
  });
});

describe('docs/iam.md', () => {
  test.each([...UNEXPRESSIBLE_POLICY_EXAMPLES, ...UNEXPRESSIBLE_RULE_EXAMPLES].map((r) => [r.line]))('lists the refused example %s', (line) => {
    expect(docs).toContain(line);
  });
});
