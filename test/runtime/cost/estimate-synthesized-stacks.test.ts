import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSynthesizedStacks } from '../../../runtime/cost/adapters/read-synthesized-stacks';
import { diffEstimates } from '../../../runtime/cost/diff-estimates';
import { estimateCosts } from '../../../runtime/cost/estimate-costs';
import { teamCosts } from '../../../runtime/cost/team-costs';
import { synthExampleApp } from '../../../stacks/synth-example-app';
import { tempDir } from '../../support/temp-dir';

const ROOT = join(__dirname, '../../..');

/** Synthesizes the example app with one edit to the fraud-detection team file; returns the output directory. */
function synthWith(edit: (teamFile: string) => string): string {
  const dir = tempDir('cost-synth-');
  cpSync(join(ROOT, 'stacks/teams'), join(dir, 'teams'), { recursive: true });
  cpSync(join(ROOT, 'stacks/platform.yaml'), join(dir, 'platform.yaml'));
  const file = join(dir, 'teams/fraud-detection.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  synthExampleApp({ teamsDir: join(dir, 'teams'), outDir: join(dir, 'cdktf.out') });
  return join(dir, 'cdktf.out');
}

describe('estimates of the synthesized example app', () => {
  const base = synthWith((t) => t);
  const baseline = estimateCosts(readSynthesizedStacks(base));

  test('one more notebook OCPU in a team file adds exactly one OCPU for 730 hours to that notebook', () => {
    const edited = estimateCosts(readSynthesizedStacks(synthWith((t) => t.replace('      ocpus: 4\n', '      ocpus: 5\n'))));
    const diff = diffEstimates(baseline, edited);
    expect(diff.changes.map((c) => [c.stack, c.address ?? '', c.delta])).toEqual([
      ['team-fraud-detection', '', 18.25],
      ['team-fraud-detection', 'oci_datascience_notebook_session.Team_DataScience_Notebook-feature-eng_8CE3C4DD', 18.25],
    ]);
    expect(diff.delta).toBe(18.25);
  });

  test('a lower budget changes no cost, and the team table reads the budget from the stack', () => {
    const out = synthWith((t) => t.replace('  monthlyAmount: 4000\n', '  monthlyAmount: 1000\n'));
    const stacks = readSynthesizedStacks(out);
    const edited = estimateCosts(stacks);
    expect(diffEstimates(baseline, edited).changes).toEqual([]);
    expect(teamCosts(edited, stacks).find((t) => t.team === 'fraud-detection')).toMatchObject({ budget: 1000, overBudget: true, usageDependent: true });
  });

  test('the fraud-detection notebook of 4 OCPUs and 64 GB is priced 143.08 in compute', () => {
    const notebook = baseline.stacks.find((s) => s.stack === 'team-fraud-detection')!.resources.find((r) => r.type === 'oci_datascience_notebook_session')!;
    expect(notebook.components.slice(0, 2).reduce((s, c) => s + c.monthly!, 0)).toBeCloseTo(143.08, 6);
  });
});
