import {
  type PolicyStatement,
  dataSciencePolicyStatements,
  devopsPolicyStatements,
  experimentTrackingPolicyStatements,
  functionsPolicyStatements,
  okeWorkloadPolicyStatements,
  parsePolicyStatement,
  servicePolicyStatements,
} from '../../../lib/iam';
import { INFERENCE_METRICS } from '../../../runtime/contract/metrics';

const C = 'ocid1.compartment.oc1..aaaaaaaaexampleexampleexample';
const KEY = 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaaexampleexampleexample';
const VAULT = 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaaexampleexampleexample';
const CLUSTER = 'ocid1.cluster.oc1.iad.aaaaaaaaexampleexampleexample';
const IN = `in compartment id ${C}`;

const texts = (statements: PolicyStatement[]) => statements.map(String);

const ALL_SETS: ReadonlyArray<readonly [string, () => PolicyStatement[]]> = [
  ['Data Science', () => dataSciencePolicyStatements({ dynamicGroupName: 'mlops-ds-dg', compartmentId: C, bucketNames: ['mlops-models', 'mlops-datasets'], keyId: KEY, secretsVaultId: VAULT })],
  ['Functions', () => functionsPolicyStatements({ dynamicGroupName: 'mlops-fn-dg', compartmentId: C, modelBucketNames: ['mlops-models'], predictionStreamId: 'ocid1.stream.oc1.iad.aaaaaaaaexampleexampleexample' })],
  ['OKE workloads', () => okeWorkloadPolicyStatements({ compartmentId: C, clusterId: CLUSTER, namespace: 'inference', serviceAccount: 'scorer', modelBucketNames: ['mlops-models'] })],
  ['DevOps', () => devopsPolicyStatements({ dynamicGroupName: 'mlops-devops-dg', compartmentId: C, secretsVaultId: VAULT })],
  ['experiment tracking', () => experimentTrackingPolicyStatements({ dynamicGroupName: 'mlops-mlflow-dg', compartmentId: C, artifactBucketName: 'mlops-mlflow-artifacts', secretsVaultId: VAULT })],
  ['services', () => servicePolicyStatements({ compartmentId: C, region: 'eu-frankfurt-1', keyId: KEY, connectorTargetBucketName: 'mlops-prediction-logs', enableConnectorFunctionTarget: true })],
];

describe('least-privilege statement sets', () => {
  test.each(ALL_SETS)('%s statements are all scoped to the platform compartment, none grants manage all-resources, each reads back', (_name, build) => {
    const statements = texts(build());
    expect(statements.length).toBeGreaterThan(2);
    for (const s of statements) {
      expect(s).toContain(` ${IN}`);
      expect(s).not.toMatch(/manage all-resources/);
      expect(s).not.toMatch(/ in tenancy/);
      expect(parsePolicyStatement(s).toString()).toBe(s);
    }
  });

  test('Data Science statements grant the family, the model catalog, the platform buckets, logs, image pulls, the CMK and the vault', () => {
    const dg = 'Allow dynamic-group mlops-ds-dg to';
    const buckets = "any {target.bucket.name = 'mlops-models', target.bucket.name = 'mlops-datasets'}";
    expect(texts(ALL_SETS[0][1]())).toEqual([
      `${dg} use data-science-family ${IN}`,
      `${dg} manage data-science-models ${IN}`,
      `${dg} manage data-science-job-runs ${IN}`,
      `${dg} read buckets ${IN} where ${buckets}`,
      `${dg} manage objects ${IN} where all {${buckets}, request.permission != 'OBJECT_DELETE'}`,
      `${dg} use log-content ${IN}`,
      `${dg} read repos ${IN} where any {request.operation = 'ReadDockerRepositoryMetadata', request.operation = 'ReadDockerRepositoryManifest', request.operation = 'PullDockerLayer'}`,
      `${dg} read vaults ${IN}`,
      `${dg} use keys ${IN} where target.key.id = '${KEY}'`,
      `${dg} read secret-family ${IN} where target.vault.id = '${VAULT}'`,
    ]);
  });

  test('Data Science statements leave out key and secret grants unless a key and vault are given, and name the identity domain', () => {
    const statements = texts(dataSciencePolicyStatements({ dynamicGroupName: 'mlops-ds-dg', identityDomain: 'Default', compartmentId: C, bucketNames: ['mlops-models'] }));
    expect(statements).toHaveLength(7);
    expect(statements.join('\n')).not.toMatch(/keys|secret-family|vaults/);
    expect(statements[3]).toBe(`Allow dynamic-group 'Default'/'mlops-ds-dg' to read buckets ${IN} where target.bucket.name = 'mlops-models'`);
  });

  test('renders the Data Science JSDoc example', () => {
    expect(dataSciencePolicyStatements({ dynamicGroupName: 'mlops-ds-dg', compartmentId: C, bucketNames: ['mlops-models'] })[0].toString()).toBe(
      `Allow dynamic-group mlops-ds-dg to use data-science-family ${IN}`,
    );
  });

  test("Functions statements read the model bucket, write logs, post metrics into the runtime's namespace and push predictions", () => {
    const dg = 'Allow dynamic-group mlops-fn-dg to';
    expect(texts(ALL_SETS[1][1]())).toEqual([
      `${dg} read objects ${IN} where target.bucket.name = 'mlops-models'`,
      `${dg} use log-content ${IN}`,
      `${dg} use metrics ${IN} where target.metrics.namespace = '${INFERENCE_METRICS.namespace}'`,
      `${dg} use stream-push ${IN} where target.stream.id = 'ocid1.stream.oc1.iad.aaaaaaaaexampleexampleexample'`,
    ]);
  });

  test('renders the Functions JSDoc example, with the mlops_inference namespace by default', () => {
    expect(functionsPolicyStatements({ dynamicGroupName: 'mlops-fn-dg', compartmentId: C, modelBucketNames: ['mlops-models'] })[2].toString()).toBe(
      `Allow dynamic-group mlops-fn-dg to use metrics ${IN} where target.metrics.namespace = 'mlops_inference'`,
    );
  });

  test('OKE workload statements give the inference grants to one service account of one cluster only', () => {
    const statements = texts(ALL_SETS[2][1]());
    const workload = `request.principal.type = 'workload', request.principal.namespace = 'inference', request.principal.service_account = 'scorer', request.principal.cluster_id = '${CLUSTER}'`;
    expect(statements[0]).toBe(`Allow any-user to read objects ${IN} where all {${workload}, target.bucket.name = 'mlops-models'}`);
    expect(statements[1]).toBe(`Allow any-user to use log-content ${IN} where all {${workload}}`);
    for (const s of statements) expect(s).toContain(`all {${workload}`);
  });

  test('DevOps statements push images without deleting repositories, deliver artifacts, read secrets of the vault, deploy functions and clusters', () => {
    const dg = 'Allow dynamic-group mlops-devops-dg to';
    expect(texts(ALL_SETS[3][1]())).toEqual([
      `${dg} use devops-family ${IN}`,
      `${dg} manage repos ${IN} where request.permission != 'REPOSITORY_DELETE'`,
      `${dg} manage generic-artifacts ${IN}`,
      `${dg} manage devops-deployment ${IN}`,
      `${dg} read secret-family ${IN} where target.vault.id = '${VAULT}'`,
      `${dg} use ons-topics ${IN}`,
      `${dg} manage fn-function ${IN}`,
      `${dg} read fn-app ${IN}`,
      `${dg} use fn-invocation ${IN}`,
      `${dg} use clusters ${IN}`,
    ]);
    expect(devopsPolicyStatements({ dynamicGroupName: 'mlops-build-dg', compartmentId: C })[1].toString()).toBe(
      `Allow dynamic-group mlops-build-dg to manage repos ${IN} where request.permission != 'REPOSITORY_DELETE'`,
    );
  });

  test('experiment tracking statements reach the artifact bucket and the vault only', () => {
    const dg = 'Allow dynamic-group mlops-mlflow-dg to';
    expect(texts(ALL_SETS[4][1]())).toEqual([
      `${dg} read buckets ${IN} where target.bucket.name = 'mlops-mlflow-artifacts'`,
      `${dg} manage objects ${IN} where target.bucket.name = 'mlops-mlflow-artifacts'`,
      `${dg} read secret-family ${IN} where target.vault.id = '${VAULT}'`,
    ]);
  });

  test('service statements cover the networks, API Gateway, the CMK for Object Storage of the region, volumes and streams, and Connector Hub', () => {
    const sch = `request.principal.type = 'serviceconnector', request.principal.compartment.id = '${C}'`;
    expect(texts(ALL_SETS[5][1]())).toEqual([
      `Allow service datascience to use virtual-network-family ${IN}`,
      `Allow service faas to use virtual-network-family ${IN}`,
      `Allow service faas to read repos ${IN}`,
      `Allow any-user to use functions-family ${IN} where all {request.principal.type = 'ApiGateway', request.principal.compartment.id = '${C}'}`,
      `Allow service objectstorage-eu-frankfurt-1 to use keys ${IN} where target.key.id = '${KEY}'`,
      `Allow service blockstorage, streaming to use keys ${IN} where target.key.id = '${KEY}'`,
      `Allow any-user to read buckets ${IN} where all {${sch}, target.bucket.name = 'mlops-prediction-logs'}`,
      `Allow any-user to manage objects ${IN} where all {${sch}, target.bucket.name = 'mlops-prediction-logs'}`,
      `Allow any-user to use fn-function ${IN} where all {${sch}}`,
      `Allow any-user to use fn-invocation ${IN} where all {${sch}}`,
    ]);
  });

  test('renders the service JSDoc example, without key or Connector Hub grants by default', () => {
    const statements = servicePolicyStatements({ compartmentId: C, region: 'eu-frankfurt-1' });
    expect(statements).toHaveLength(4);
    expect(statements[0].toString()).toBe(`Allow service datascience to use virtual-network-family ${IN}`);
  });

  test('fails on an empty bucket list, naming the function and the input', () => {
    expect(() => dataSciencePolicyStatements({ dynamicGroupName: 'dg', compartmentId: C, bucketNames: [] })).toThrow(
      /dataSciencePolicyStatements bucketNames needs at least one value for target.bucket.name; got \[\]/,
    );
    expect(() => functionsPolicyStatements({ dynamicGroupName: 'dg', compartmentId: C, modelBucketNames: [] })).toThrow(/functionsPolicyStatements modelBucketNames needs at least one value/);
  });

  test('fails on a compartment that is not a compartment OCID', () => {
    expect(() => devopsPolicyStatements({ dynamicGroupName: 'dg', compartmentId: 'mlops' })).toThrow(/PolicyLocation.compartmentId must be an OCID of type compartment or tenancy .*got "mlops"/);
  });

  test('fails on an unknown region for the Object Storage principal', () => {
    expect(() => servicePolicyStatements({ compartmentId: C, region: 'eu-paris-9', keyId: KEY })).toThrow(/got "objectstorage-eu-paris-9"/);
  });

  test('fails on a dynamic group name with characters OCI forbids', () => {
    expect(() => functionsPolicyStatements({ dynamicGroupName: 'fn dg', compartmentId: C, modelBucketNames: ['m'] })).toThrow(/PolicySubject.dynamicGroup name must be an OCI name/);
  });
});
