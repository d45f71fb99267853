import { PlatformIam, type PlatformIamProps } from '../../../lib/platform/platform-iam';
import { resourcesOf, synthResources } from '../../support/synth';
import { TENANCY } from '../../support/platform-fixtures';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaam3vx7dlqe5ohk2ytw4nrb6zcjf8spg5ua2lxi3tqdkwe9nmcbh7a';
const BASE: PlatformIamProps = {
  tenancyId: TENANCY, compartmentId: COMPARTMENT, region: 'eu-frankfurt-1', namePrefix: 'acme',
  keyId: 'ocid1.key.oc1.eu-frankfurt-1.aaaa', vaultId: 'ocid1.vault.oc1.eu-frankfurt-1.aaaa',
  dataBucketNames: ['acme-models', 'acme-datasets'], modelBucketNames: ['acme-models'],
};

describe('PlatformIam', () => {
  test('defines tenancy-level dynamic groups matching only resources of the platform compartment', () => {
    const groups = resourcesOf(synthResources((s) => { new PlatformIam(s, 'Iam', BASE); }), 'oci_identity_dynamic_group');
    expect(groups.map((g) => g.name)).toEqual(['acme-datascience', 'acme-devops', 'acme-functions']);
    for (const g of groups) {
      expect(g.compartment_id).toBe(TENANCY);
      expect(g.matching_rule).toContain(`resource.compartment.id = '${COMPARTMENT}'`);
    }
  });

  test('scopes every statement to the platform compartment and never grants manage all-resources', () => {
    const policies = resourcesOf(synthResources((s) => { new PlatformIam(s, 'Iam', { ...BASE, okeClusterId: 'ocid1.cluster.oc1..c', trackingArtifactBucketName: 'acme-mlflow' }); }), 'oci_identity_policy');
    expect(policies.map((p) => p.name)).toEqual(['acme-datascience', 'acme-devops', 'acme-functions', 'acme-oke-workloads', 'acme-services', 'acme-tracking']);
    const statements = policies.flatMap((p) => p.statements as string[]);
    for (const s of statements) {
      expect(s).toContain(`in compartment id ${COMPARTMENT}`);
      expect(s).not.toMatch(/manage all-resources/i);
    }
    expect(statements).toContain(`Allow service objectstorage-eu-frankfurt-1 to use keys in compartment id ${COMPARTMENT} where target.key.id = '${BASE.keyId}'`);
    expect(statements.filter((s) => s.includes("request.principal.service_account = 'model-server'"))).toHaveLength(3);
  });
});
