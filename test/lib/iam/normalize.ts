import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupPolicyResourceType } from '../../../lib/iam';

/** Words OCI reads case-insensitively in policy statements (keywords, principal kinds, verbs, operators). */
const KEYWORDS = new Set([
  'allow', 'endorse', 'admit', 'define', 'to', 'in', 'where', 'all', 'any', 'of', 'as', 'with', 'id',
  'group', 'dynamic-group', 'service', 'any-user', 'any-group', 'compartment', 'tenancy', 'any-tenancy',
  'inspect', 'read', 'use', 'manage', 'associate', 'before', 'after', 'between', 'and', 'sets-intersect',
]);

const TOKEN = /'[^']*'|\/[^/'\s]*\/|\$\{(?:[^{}]|\{[^{}]*\})*\}|!=|[{}(),=]|[^\s{}(),=!']+/g;

/**
 * A policy statement reduced to what OCI reads: tokens joined by one space (OCI ignores extra spaces and
 * line breaks), keywords and resource-types lowercased (OCI reads them in any case). Names, values and
 * variables keep their case.
 */
export function normalizePolicy(text: string): string {
  return (text.match(TOKEN) ?? [])
    .map((t) => (KEYWORDS.has(t.toLowerCase()) || lookupPolicyResourceType(t) !== undefined ? t.toLowerCase() : t))
    .join(' ');
}

/** A matching rule without spaces and lowercased: OCI matches rule variables and values case-insensitively. */
export function normalizeRule(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** The example lines of a fixture file (comments and blank lines dropped). */
export function exampleLines(file: 'iam-policy-statements.txt' | 'dynamic-group-rules.txt'): string[] {
  return readFileSync(join(__dirname, 'fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}
