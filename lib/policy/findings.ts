import { createHash } from 'node:crypto';
import { type IConstruct } from 'constructs';
import type * as Sarif from 'sarif';
import { OCI_MLOPS_RULES } from './oci-mlops-rules';
import { checkedRules, evaluateConstruct } from './private/evaluate';
import { type Finding } from './finding';
import { type PolicyRule } from './rule';

export type { Finding } from './finding';

/** Options of runPolicyChecks. */
export interface PolicyCheckOptions {
  /**
   * The rules to run.
   * @default OCI_MLOPS_RULES
   */
  readonly rules?: readonly PolicyRule[];
}

/**
 * Runs the rule pack over every construct under a scope without synthesizing, so a CLI can print
 * findings and refuse to write output first. Adds no annotations and changes nothing: a later
 * `app.synth()` with GovernanceChecks applied reports the same findings once.
 *
 * @param scope - an App, a stack or any construct
 * @param opts - the rules to run
 * @returns the findings in construct order (pre-order), suppressed ones included
 * @throws Error when two rules share an ID
 * @example
 * const errors = runPolicyChecks(app).filter((f) => f.level === 'error' && f.suppressedReason === undefined);
 */
export function runPolicyChecks(scope: IConstruct, opts: PolicyCheckOptions = {}): Finding[] {
  const rules = checkedRules('runPolicyChecks', opts.rules ?? OCI_MLOPS_RULES);
  return scope.node.findAll().flatMap((node) => evaluateConstruct(node, rules));
}

const TABLE_HEADERS = ['RULE ID', 'LEVEL', 'RESOURCE ADDRESS', 'MESSAGE', 'FIX'] as const;
const WRAP_COLUMNS = 56;

/**
 * Formats findings as a plain-text table for a terminal: rule ID, level, resource address (the
 * construct path for non-resources), message and fix; long messages and fixes wrap. Suppressed
 * findings show level `suppressed` and their reason.
 *
 * @param findings - findings from runPolicyChecks
 * @returns the table, ending with a newline; "No policy findings." when the list is empty
 * @example
 * process.stderr.write(formatFindingsTable(findings));
 */
export function formatFindingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No policy findings.\n';
  const rows = findings.map((f) => [
    [f.ruleId],
    [f.suppressedReason === undefined ? f.level : 'suppressed'],
    [f.address || f.constructPath],
    wrap(f.suppressedReason === undefined ? f.message : `${f.message} Suppressed: ${f.suppressedReason}`, WRAP_COLUMNS),
    wrap(f.fix, WRAP_COLUMNS),
  ]);
  const header = TABLE_HEADERS.map((h) => [h]);
  const widths = TABLE_HEADERS.map((_, c) => Math.max(...[header, ...rows].map((r) => Math.max(...r[c].map((l) => l.length)))));
  const render = (row: string[][]): string[] => {
    const height = Math.max(...row.map((cell) => cell.length));
    return Array.from({ length: height }, (_, i) => row.map((cell, c) => (cell[i] ?? '').padEnd(widths[c])).join('  ').trimEnd());
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [...render(header), rule, ...rows.flatMap(render)].join('\n') + '\n';
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines.length ? lines : [''];
}

/** Options of toSarif. */
export interface SarifOptions {
  /** Version of the tool that produced the findings (the oci-mlops package version). */
  readonly toolVersion: string;
  /**
   * The rules that ran, listed in `tool.driver.rules` (rules of findings not in it are added from the findings).
   * @default OCI_MLOPS_RULES
   */
  readonly rules?: readonly PolicyRule[];
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'oci-mlops-policy';

/**
 * Converts findings to a SARIF 2.1.0 log (one run): the rules in `tool.driver.rules` with their
 * descriptions, help (the fix) and default level; one result per finding with logical locations
 * for the Terraform address and the construct path; suppressed findings carry an `inSource`
 * suppression with the written justification.
 *
 * @param findings - findings from runPolicyChecks
 * @param opts - tool version and the rules that ran
 * @returns a SARIF log object, ready for JSON.stringify
 * @throws Error when toolVersion is empty
 * @example
 * writeFileSync('policy.sarif', JSON.stringify(toSarif(findings, { toolVersion: '0.1.0' }), null, 2));
 */
export function toSarif(findings: readonly Finding[], opts: SarifOptions): object {
  if (typeof opts.toolVersion !== 'string' || opts.toolVersion.trim() === '') {
    throw new Error(`toSarif: toolVersion must be a non-empty string, got ${JSON.stringify(opts.toolVersion)}`);
  }
  const descriptors = new Map<string, Sarif.ReportingDescriptor>();
  for (const rule of opts.rules ?? OCI_MLOPS_RULES) descriptors.set(rule.id, describeRule(rule));
  for (const f of findings) {
    if (!descriptors.has(f.ruleId)) {
      descriptors.set(f.ruleId, {
        id: f.ruleId, name: f.ruleName,
        shortDescription: { text: f.message }, fullDescription: { text: f.message }, help: { text: f.fix },
        defaultConfiguration: { level: f.level },
      });
    }
  }
  const ids = [...descriptors.keys()];
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: TOOL_NAME, version: opts.toolVersion, semanticVersion: opts.toolVersion, rules: [...descriptors.values()] } },
      columnKind: 'utf16CodeUnits',
      results: findings.map((f) => toResult(f, ids.indexOf(f.ruleId))),
    }],
  };
  return log;
}

function describeRule(rule: PolicyRule): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.info },
    fullDescription: { text: rule.explanation },
    help: { text: rule.fix },
    defaultConfiguration: { level: rule.level },
  };
}

function toResult(f: Finding, ruleIndex: number): Sarif.Result {
  const logicalLocations: Sarif.LogicalLocation[] = [];
  if (f.address) logicalLocations.push({ name: f.address, fullyQualifiedName: f.address, kind: 'resource' });
  logicalLocations.push({ name: f.constructPath.split('/').pop() ?? f.constructPath, fullyQualifiedName: f.constructPath, kind: 'module' });
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.level,
    message: { text: `${f.message} Fix: ${f.fix}` },
    locations: [{ logicalLocations }],
    partialFingerprints: { 'ociMlopsFinding/v1': createHash('sha256').update(`${f.ruleId}\n${f.constructPath}\n${f.address}`).digest('hex') },
    ...(f.suppressedReason === undefined ? {} : { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.suppressedReason }] }),
  };
}
