import { Testing, TerraformStack } from 'cdktf';
import { ApigatewayDeployment } from '../../../.gen/providers/oci/apigateway-deployment';
import { ApigatewayGateway } from '../../../.gen/providers/oci/apigateway-gateway';
import { IdentityCompartment } from '../../../.gen/providers/oci/identity-compartment';
import { KmsKey } from '../../../.gen/providers/oci/kms-key';
import { MlopsPlatform } from '../../../lib/mlops-platform';
import { PARENT, PLATFORM_PROPS } from '../../support/platform-fixtures';

function synth(props = PLATFORM_PROPS): Record<string, Record<string, Record<string, unknown>>> {
  return JSON.parse(Testing.synthScope((s) => { new MlopsPlatform(s, 'Platform', props); })).resource;
}

describe('MlopsPlatform', () => {
  test('defines a child compartment and keeps every bucket private, encrypted with the platform key', () => {
    const out = Testing.synthScope((s) => { new MlopsPlatform(s, 'Platform', PLATFORM_PROPS); });
    expect(out).toHaveResourceWithProperties(IdentityCompartment, { compartment_id: PARENT, name: 'acme-mlops' });
    expect(out).toHaveResourceWithProperties(KmsKey, { is_auto_rotation_enabled: true, auto_key_rotation_details: { rotation_interval_in_days: 90 } });
    const buckets = Object.values(synth().oci_objectstorage_bucket!);
    expect(buckets.map((b) => b.name).sort()).toEqual(['acme-mlops-build-artifacts', 'acme-mlops-datasets', 'acme-mlops-mlflow-artifacts', 'acme-mlops-models', 'acme-mlops-prediction-logs']);
    for (const b of buckets) {
      expect(b).toMatchObject({ access_type: 'NoPublicAccess', versioning: 'Enabled', object_events_enabled: true });
      expect(b.kms_key_id).toMatch(/^\$\{oci_kms_key\..*\.id\}$/);
    }
    expect(out).toHaveResourceWithProperties(ApigatewayGateway, { endpoint_type: 'PRIVATE' });
    expect(out).toHaveResourceWithProperties(ApigatewayDeployment, { path_prefix: '/mlflow' });
  });

  test('puts no subnet on the internet unless a public gateway is asked for', () => {
    const subnets = Object.values(synth().oci_core_subnet!);
    expect(subnets).toHaveLength(3);
    for (const s of subnets) expect(s).toMatchObject({ prohibit_public_ip_on_vnic: true, prohibit_internet_ingress: true });
    const withPublic = Object.values(synth({ ...PLATFORM_PROPS, enablePublicGateway: true }).oci_core_subnet!);
    expect(withPublic.filter((s) => s.prohibit_public_ip_on_vnic === false)).toHaveLength(1);
  });

  test('authenticates the tracking route and logs its access and execution', () => {
    const resources = synth();
    const deployment = Object.values(resources.oci_apigateway_deployment!)[0]!;
    expect(deployment).toMatchObject({ specification: { request_policies: { authentication: { type: 'JWT_AUTHENTICATION', is_anonymous_access_allowed: false } } } });
    const logs = Object.values(resources.oci_logging_log!).map((l) => (l.configuration as { source: { service: string; category: string } }).source);
    expect(logs).toEqual(expect.arrayContaining([{ ...logs.find((l) => l.category === 'access'), service: 'apigateway' }, expect.objectContaining({ service: 'apigateway', category: 'execution' })]));
  });

  test('fails on a bad platform name', () => {
    expect(() => new MlopsPlatform(new TerraformStack(Testing.app(), 'T'), 'P', { ...PLATFORM_PROPS, name: 'Bad_Name' })).toThrow(/name must be 2-32 characters of a-z, 0-9 and "-".*got "Bad_Name"/);
  });
});
