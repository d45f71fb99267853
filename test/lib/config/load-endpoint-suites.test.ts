import { ConfigError, type ConfigProblem, formatProblem, listTeamFiles, loadTeamConfigs, type TeamConfigFile } from '../../../lib/config';
import { tempDir, writeFiles } from '../../support/temp-dir';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
const SHA = 'a'.repeat(64);

/** A team file with one functions endpoint; `extra` is appended to the endpoint's keys. */
const teamFile = (extra: string, endpoint = `    target: functions\n    image: fra.ocir.io/acmetenancy/mlops/inference:0.1.0\n    artifact: { uri: "oci://models@acmetenancy/scorer/1/model.onnx", sha256: ${SHA} }\n`) => `team: a1
compartmentId: ${COMPARTMENT}
region: eu-frankfurt-1
endpoints:
  gateway:
    authentication: { type: none, reason: "internal tests only, behind the VPN" }
  models:
  - name: scorer
    modelName: scorer
    modelVersion: 1
${endpoint}${extra}`;

const SUITE = 'name: scorer-requests\ncolumns:\n  amount: { type: number, min: 0, max: 10000 }\n  age: { type: integer, min: 18 }\n';

/** Loads `files` from a scratch teams directory (team files at its top, suites anywhere below). */
function load(files: Record<string, string>): { teams: TeamConfigFile[]; problems: string[] } {
  const dir = writeFiles(tempDir(), files);
  try {
    return { teams: loadTeamConfigs(listTeamFiles(dir)), problems: [] };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return { teams: [], problems: err.problems.map((p: ConfigProblem) => formatProblem(p).split(`${dir}/`).join('')) };
  }
}

describe('team files: endpoints.models[].dataQuality', () => {
  test('reads the suite relative to the team file with the data-quality check parser, keyed by endpoint, with the mode', () => {
    const { teams, problems } = load({ 'a.yaml': teamFile('    featureNames: [amount, age]\n    dataQuality: { suite: quality/scorer.yaml, mode: flag }\n'), 'quality/scorer.yaml': SUITE });
    expect(problems).toEqual([]);
    expect(teams[0]!.dataQualitySuites).toEqual({ scorer: { name: 'scorer-requests', columns: { amount: { type: 'number', min: 0, max: 10000 }, age: { type: 'integer', min: 18 } } } });
    expect(teams[0]!.config.endpoints!.models[0]).toMatchObject({ dataQuality: { suite: 'quality/scorer.yaml', mode: 'flag' } });
  });

  test('defaults the mode to reject', () => {
    const { teams } = load({ 'a.yaml': teamFile('    featureNames: [amount, age]\n    dataQuality: { suite: quality/scorer.yaml }\n'), 'quality/scorer.yaml': SUITE });
    expect(teams[0]!.config.endpoints!.models[0]).toMatchObject({ dataQuality: { mode: 'reject' } });
  });

  test('loads no suite for a team file without dataQuality', () => {
    const { teams } = load({ 'a.yaml': teamFile('') });
    expect(teams[0]!.dataQualitySuites).toEqual({});
  });

  test('fails on a suite file that does not exist, at the suite field, naming the path looked for', () => {
    expect(load({ 'a.yaml': teamFile('    featureNames: [amount, age]\n    dataQuality: { suite: quality/missing.yaml }\n') }).problems).toEqual([
      'a.yaml:15:27 endpoints.models.0.dataQuality.suite: suite file not found: "quality/missing.yaml" (looked for quality/missing.yaml); must be the path of a data-quality suite file (YAML or JSON) relative to the team file',
    ]);
  });

  test("fails on an invalid suite, at the suite field, with the suite's own file:line:col problems", () => {
    const bad = 'name: scorer-requests\ncolumns:\n  amount: { type: number, min: 10, max: 1 }\n  age: { type: integr }\n';
    expect(load({ 'a.yaml': teamFile('    featureNames: [amount, age]\n    dataQuality: { suite: quality/scorer.yaml }\n'), 'quality/scorer.yaml': bad }).problems).toEqual([
      'a.yaml:15:27 endpoints.models.0.dataQuality.suite: "quality/scorer.yaml" is not a valid data-quality suite (schemas/data-quality-suite.schema.json, docs/data-quality.md): '
      + 'quality/scorer.yaml:3:41 columns.amount.max: max (1) must not be below min (10); '
      + 'quality/scorer.yaml:4:16 columns.age.type: must be one of "number", "integer", "string", "boolean", "timestamp", got "integr"; did you mean "integer"?',
    ]);
  });

  test('fails on a mode other than reject or flag, at the mode field', () => {
    expect(load({ 'a.yaml': teamFile('    featureNames: [amount, age]\n    dataQuality: { suite: quality/scorer.yaml, mode: block }\n'), 'quality/scorer.yaml': SUITE }).problems).toEqual([
      'a.yaml:15:54 endpoints.models.0.dataQuality.mode: must be one of "reject", "flag", got "block"',
    ]);
  });

  test('fails on dataQuality without featureNames, which the suite columns are matched to', () => {
    expect(load({ 'a.yaml': teamFile('    dataQuality: { suite: quality/scorer.yaml }\n'), 'quality/scorer.yaml': SUITE }).problems).toEqual([
      'a.yaml:8:5 endpoints.models.0.featureNames: is required because models[0] ("scorer") sets dataQuality: the suite\'s columns are matched to the model\'s feature names',
    ]);
  });

  test('fails on dataQuality on a datascience endpoint, which runs no inference runtime', () => {
    const datascience = '    target: datascience\n    modelCatalogId: ocid1.datasciencemodel.oc1.eu-frankfurt-1.amaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rq\n';
    const file = teamFile('    dataQuality: { suite: quality/scorer.yaml }\n', datascience).replace('  models:', '  predictProxyImage: fra.ocir.io/acmetenancy/mlops/predict-proxy:0.1.0\n  models:');
    expect(load({ 'a.yaml': file, 'quality/scorer.yaml': SUITE }).problems).toEqual([
      'a.yaml:14:5 endpoints.models.0.dataQuality: unknown key "dataQuality"; allowed keys: name, modelName, modelVersion, routePath, timeoutSec, releaseStrategy, target, '
      + 'modelCatalogId, instanceShape, instanceOcpus, instanceMemoryGb, instanceCount, maxInstanceCount, bandwidthMbps, maxBodyBytes, provisionedConcurrency',
    ]);
  });
});
