import { applyRecommendationsToTeamFile } from '../../../runtime/cost/apply-recommendations-to-team-file';
import { type Recommendation } from '../../../runtime/cost/recommendation';

const rec = (endpoint: string, kind: Recommendation['kind'], field: string, from: number, to: number): Recommendation =>
  ({ endpoint, kind, status: 'resize', changes: [{ field, from, to }], monthlySaving: 0, evidence: {}, notes: [] });

const FILE = `team: a # the team
endpoints:
  models:
    - name: scorer   # keep this comment
      target: functions
      memoryMib: 1024
    - { name: inline, target: functions }
`;

test('replaces a value in place and keeps the comment beside it', () => {
  const { text, applied } = applyRecommendationsToTeamFile(FILE, [rec('scorer', 'function', 'memoryMib', 1024, 512)]);
  expect(text).toBe(FILE.replace('memoryMib: 1024', 'memoryMib: 512'));
  expect(applied).toEqual([{ endpoint: 'scorer', model: 'scorer', field: 'memoryMib', from: 1024, to: 512 }]);
});

test('adds a missing field as the last line of the model, at its indentation', () => {
  const { text } = applyRecommendationsToTeamFile(FILE, [rec('scorer', 'function', 'provisionedConcurrency', 0, 2)]);
  expect(text).toBe(FILE.replace('      memoryMib: 1024\n', '      memoryMib: 1024\n      provisionedConcurrency: 2\n'));
});

test('skips endpoints the file does not hold, and container instances', () => {
  const { text, skipped } = applyRecommendationsToTeamFile(FILE, [rec('other', 'function', 'memoryMib', 1, 2), rec('mlflow', 'container-instance', 'ocpus', 2, 1)]);
  expect(text).toBe(FILE);
  expect(skipped).toEqual([
    { endpoint: 'other', reason: 'no endpoints.models[] entry of that name' },
    { endpoint: 'mlflow', reason: 'container instances are platform resources, not in a team file' },
  ]);
});

test('fails to add a field to a flow-style model entry rather than rewrite it', () => {
  expect(() => applyRecommendationsToTeamFile(FILE, [rec('inline', 'function', 'memoryMib', 1024, 512)])).toThrow(/cannot add memoryMib to this model entry \(a flow map or an empty one\): set it by hand/);
});

test('fails on a file without endpoints.models', () => {
  expect(() => applyRecommendationsToTeamFile('team: a\n', [])).toThrow('applyRecommendationsToTeamFile: the team file has no endpoints.models list');
});

describe('function memory', () => {
  const TEAM = `team: a
endpoints:
  models:
    - name: explainer
      target: datascience
monitoring:
  monitorImage: fra.ocir.io/t/monitor:1 # pinned
  endpoints: []
`;

  test("writes the drift monitor's memory into monitoring.monitorMemoryMib", () => {
    const { text, applied } = applyRecommendationsToTeamFile(TEAM, [rec('acme-a-drift-monitor', 'function', 'memoryMib', 512, 1024)]);
    expect(text).toBe(`${TEAM}  monitorMemoryMib: 1024\n`);
    expect(applied).toEqual([{ endpoint: 'acme-a-drift-monitor', model: 'monitoring', field: 'monitorMemoryMib', from: 512, to: 1024 }]);
  });

  test("skips a drift monitor size monitoring.monitorMemoryMib does not take, and another team's monitor", () => {
    const { text, skipped } = applyRecommendationsToTeamFile(TEAM, [rec('acme-a-drift-monitor', 'function', 'memoryMib', 256, 128), rec('acme-b-drift-monitor', 'function', 'memoryMib', 512, 1024)]);
    expect(text).toBe(TEAM);
    expect(skipped).toEqual([
      { endpoint: 'acme-a-drift-monitor', reason: 'monitoring.monitorMemoryMib takes 256, 512, 1024, 2048, 3072, not 128' },
      { endpoint: 'acme-b-drift-monitor', reason: 'no endpoints.models[] entry of that name' },
    ]);
  });

  test("skips the predict proxy's memory, which the construct sets", () => {
    const { text, skipped } = applyRecommendationsToTeamFile(TEAM, [rec('explainer-predict-proxy', 'function', 'memoryMib', 256, 128)]);
    expect(text).toBe(TEAM);
    expect(skipped).toEqual([{ endpoint: 'explainer-predict-proxy', reason: "the predict proxy's memory is set by the construct, not in a team file" }]);
  });
});
