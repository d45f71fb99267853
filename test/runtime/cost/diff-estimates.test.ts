import { type CostEstimate } from '../../../runtime/cost/cost-types';
import { diffEstimates } from '../../../runtime/cost/diff-estimates';
import { formatEstimateDiff } from '../../../runtime/cost/format-estimate-diff';

const resource = (address: string, monthly: number) => ({ address, type: address.split('.')[0]!, monthly, components: [], usage_dependent: false });
const estimate = (stacks: [string, [string, number][]][]): CostEstimate => ({
  currency: 'USD',
  total_monthly: stacks.reduce((s, [, rs]) => s + rs.reduce((a, [, m]) => a + m, 0), 0),
  stacks: stacks.map(([stack, rs]) => ({ stack, monthly: rs.reduce((a, [, m]) => a + m, 0), resources: rs.map(([a, m]) => resource(a, m)) })),
});

test('lists added, removed and changed resources per stack, and leaves unchanged ones out', () => {
  const before = estimate([['team-a', [['x.kept', 10], ['x.changed', 20], ['x.removed', 5]]], ['team-old', [['x.y', 1]]]]);
  const after = estimate([['team-a', [['x.kept', 10], ['x.changed', 38.25], ['x.added', 2]]], ['team-new', [['x.z', 3]]]]);
  const diff = diffEstimates(before, after);
  expect(diff.changes.map((c) => [c.stack, c.address ?? '', c.change, c.delta])).toEqual([
    ['team-a', '', 'changed', 15.25], ['team-a', 'x.added', 'added', 2], ['team-a', 'x.changed', 'changed', 18.25], ['team-a', 'x.removed', 'removed', -5],
    ['team-new', '', 'added', 3], ['team-new', 'x.z', 'added', 3],
    ['team-old', '', 'removed', -1], ['team-old', 'x.y', 'removed', -1],
  ]);
  expect(diff.delta).toBeCloseTo(17.25, 6);
  expect(formatEstimateDiff(diff)).toMatch(/~ team-a\s+\+15\.25 {2}\(35\.00 -> 50\.25\)/);
  expect(formatEstimateDiff(diff)).toMatch(/ {4}- x\.removed\s+-5\.00 {2}\(5\.00 -> 0\.00\)/);
});

test('no change prints "no cost change"', () => {
  const e = estimate([['team-a', [['x.a', 1]]]]);
  expect(formatEstimateDiff(diffEstimates(e, e))).toMatch(/^no cost change\n/);
});

test('fails when the currencies differ', () => {
  expect(() => diffEstimates({ ...estimate([]), currency: 'EUR' }, estimate([]))).toThrow('diffEstimates: cannot compare EUR with USD');
});
