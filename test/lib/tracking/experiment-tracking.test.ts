import { DATABASE_PASSWORD_RULES, PASSPHRASE_GENERATION_TEMPLATES } from '../../../lib/security/database-password-generation';
import { ExperimentTracking, type ExperimentTrackingProps } from '../../../lib/tracking/experiment-tracking';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const BASE: ExperimentTrackingProps = {
  compartmentId: 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
  image: 'fra.ocir.io/acme/mlops/mlflow-server:2.19.0',
  subnetId: 'ocid1.subnet.oc1..workloads', dataSubnetId: 'ocid1.subnet.oc1..data',
  vault: { vaultId: 'ocid1.vault.oc1..v', keyId: 'ocid1.key.oc1..k' },
  apiGatewayId: 'ocid1.apigateway.oc1..gw', logGroupId: 'ocid1.loggroup.oc1..lg',
  authentication: { type: 'jwt', issuers: ['https://identity.oraclecloud.com/'], audiences: ['mlflow'], jwksUri: 'https://idcs.example.com/jwk' },
};

describe('ExperimentTracking', () => {
  const r = synthResources((s) => { new ExperimentTracking(s, 'Tracking', BASE); });

  test('generates the database password with a passphrase template the Vault API knows, at a length PostgreSQL accepts', () => {
    const context = resourcesOf(r, 'oci_vault_secret')[0]!.secret_generation_context as { generation_template: string; passphrase_length: number };
    expect(PASSPHRASE_GENERATION_TEMPLATES).toContain(context.generation_template);
    expect(context.generation_template).toBe('DBAAS_DEFAULT_PASSWORD');
    const { minLength, maxLength } = DATABASE_PASSWORD_RULES.postgresql;
    expect(context.passphrase_length).toBeGreaterThanOrEqual(minLength);
    expect(context.passphrase_length).toBeLessThanOrEqual(maxLength);
  });

  test('keeps the database password in Vault, generated there, and the database in the data subnet', () => {
    expect(resourcesOf(r, 'oci_vault_secret')[0]).toMatchObject({ enable_auto_generation: true, secret_generation_context: { generation_type: 'PASSPHRASE' }, key_id: 'ocid1.key.oc1..k' });
    expect(resourcesOf(r, 'oci_vault_secret')[0]!.secret_content).toBeUndefined();
    expect(resourcesOf(r, 'oci_psql_db_system')[0]).toMatchObject({
      network_details: { subnet_id: 'ocid1.subnet.oc1..data' },
      credentials: { username: 'mlflow', password_details: { password_type: 'VAULT_SECRET', secret_version: '1' } },
      management_policy: { backup_policy: { kind: 'DAILY', retention_days: 7 } },
    });
  });

  test('runs the server without a public IP and stores artifacts in an encrypted bucket', () => {
    const server = resourcesOf(r, 'oci_container_instances_container_instance')[0]!;
    expect(server).toMatchObject({ vnics: [{ is_public_ip_assigned: false, subnet_id: 'ocid1.subnet.oc1..workloads' }], containers: [{ image_url: BASE.image }] });
    expect((server.containers as { environment_variables: Record<string, string> }[])[0]!.environment_variables.MLFLOW_ARTIFACTS_DESTINATION).toMatch(/^oci:\/\/\$\{oci_objectstorage_bucket\..*\.name\}@/);
    expect(resourcesOf(r, 'oci_objectstorage_bucket')[0]).toMatchObject({ kms_key_id: 'ocid1.key.oc1..k', access_type: 'NoPublicAccess' });
  });

  test('exposes the server only through an authenticated route whose backend path is left to API Gateway', () => {
    const route = resourcesOf(r, 'oci_apigateway_deployment')[0]!;
    expect(route).toMatchObject({ path_prefix: '/mlflow', specification: { request_policies: { authentication: { type: 'JWT_AUTHENTICATION', public_keys: { type: 'REMOTE_JWKS', uri: 'https://idcs.example.com/jwk' } } } } });
    const url = (route.specification as { routes: { backend: { url: string } }[] }).routes[0]!.backend.url;
    expect(url).toMatch(/:5000\/mlflow\/\$\$\{request\.path\[path\]\}$/);
  });

  test('rate-limits the tracking route to 100 requests per second per client IP by default', () => {
    expect(resourcesOf(r, 'oci_apigateway_deployment')[0]!.specification).toMatchObject({ request_policies: { rate_limiting: { rate_in_requests_per_second: 100, rate_key: 'CLIENT_IP' } } });
  });

  test('takes the rate limit it is given', () => {
    const out = synthResources((s) => { new ExperimentTracking(s, 'Tracking', { ...BASE, rateLimitPerSecond: 400, rateLimitKey: 'TOTAL' }); });
    expect(resourcesOf(out, 'oci_apigateway_deployment')[0]!.specification).toMatchObject({ request_policies: { rate_limiting: { rate_in_requests_per_second: 400, rate_key: 'TOTAL' } } });
  });

  test('fails on a rate limit above 10000 requests per second', () => {
    expect(() => new ExperimentTracking(freshStack(), 'T', { ...BASE, rateLimitPerSecond: 20000 })).toThrow(/rateLimitPerSecond must be an integer from 1 to 10000, got 20000/);
  });

  test('fails on an image outside OCIR', () => {
    expect(() => new ExperimentTracking(freshStack(), 'T', { ...BASE, image: 'ghcr.io/mlflow/mlflow:latest' })).toThrow(/image must be an OCIR image/);
  });

  test('fails on a JWT authentication without audiences', () => {
    expect(() => new ExperimentTracking(freshStack(), 'T', { ...BASE, authentication: { ...BASE.authentication, audiences: [] } as ExperimentTrackingProps['authentication'] }))
      .toThrow(/authentication.audiences must list at least one audience/);
  });

  test('fails on a database smaller than the service allows', () => {
    expect(() => new ExperimentTracking(freshStack(), 'T', { ...BASE, databaseMemoryGb: 8 })).toThrow(/databaseMemoryGb must be an integer from 16 to 1024, got 8/);
  });
});
