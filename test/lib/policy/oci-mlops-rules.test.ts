import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OCI_MLOPS_RULES } from '../../../lib/policy';

const ROOT = join(__dirname, '..', '..', '..');

describe('OCI_MLOPS_RULES', () => {
  test('has unique ids in the OCI-CIS-<n> or MLOPS-<n> form, PascalCase names and every text filled in', () => {
    expect(new Set(OCI_MLOPS_RULES.map((r) => r.id)).size).toBe(OCI_MLOPS_RULES.length);
    for (const rule of OCI_MLOPS_RULES) {
      expect(rule.id).toMatch(/^(OCI-CIS-\d+(\.\d+)+|MLOPS-\d+)$/);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(['error', 'warning']).toContain(rule.level);
      for (const text of [rule.info, rule.explanation, rule.fix]) expect(text.trim().length).toBeGreaterThan(10);
    }
  });

  test('cannot be changed at run time', () => {
    expect(Object.isFrozen(OCI_MLOPS_RULES)).toBe(true);
  });

  test('documents every rule with its level in docs/policy.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'policy.md'), 'utf8');
    for (const rule of OCI_MLOPS_RULES) expect(doc).toMatch(new RegExp(`\\| \`${rule.id.replace(/\./g, '\\.')}\` \\| ${rule.level} \\|`));
  });

  test('has a test file beside every rule file', () => {
    const rules = readdirSync(join(ROOT, 'lib', 'policy', 'rules')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    const tests = new Set(readdirSync(join(__dirname, 'rules')).map((f) => f.replace(/\.test\.ts$/, '')));
    expect(rules.filter((r) => !tests.has(r))).toEqual([]);
    expect(rules).toHaveLength(OCI_MLOPS_RULES.length);
  });
});
