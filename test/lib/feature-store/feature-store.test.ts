import { FeatureStore, type FeatureStoreProps } from '../../../lib/feature-store/feature-store';
import { runPolicyChecks } from '../../../lib/policy';
import { parseIngestionJobEnv } from '../../../runtime/feature-store/jobs/parse-ingestion-job-env';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { COMPARTMENT, NETWORK, NETWORK_WITHOUT_NSGS, ociStack, VAULT } from '../database/construct-fixtures';
import { CUSTOMER, DRIVER_STATS, FEATURE_STORE_BASE } from './feature-store-fixtures';


describe('FeatureStore', () => {
  const r = synthResources((s) => { new FeatureStore(s, 'Features', FEATURE_STORE_BASE); });
  const job = resourcesOf(r, 'oci_datascience_job')[0]!;
  const env = (job.job_configuration_details as { environment_variables: Record<string, string> }).environment_variables;

  test('keeps registry, offline and online tables in one OLTP Autonomous Database on a private endpoint', () => {
    const dbs = resourcesOf(r, 'oci_database_autonomous_database');
    expect(dbs).toHaveLength(1);
    expect(dbs[0]).toMatchObject({ db_name: 'acmemlopsfrauddetectionfs', db_workload: 'OLTP', subnet_id: NETWORK.subnetIds.data, is_mtls_connection_required: true, kms_key_id: VAULT.keyId, backup_retention_period_in_days: 30 });
  });

  test('defines a private encrypted bucket for offline Parquet', () => {
    expect(resourcesOf(r, 'oci_objectstorage_bucket')[0]).toMatchObject({ name: 'acme-mlops-fraud-detection-features', access_type: 'NoPublicAccess', kms_key_id: VAULT.keyId, versioning: 'Enabled' });
  });

  test('defines one stream per feature group in a private stream pool encrypted with the customer-managed key', () => {
    expect(resourcesOf(r, 'oci_streaming_stream_pool')[0]).toMatchObject({
      custom_encryption_key: { kms_key_id: VAULT.keyId },
      private_endpoint_settings: { subnet_id: NETWORK.subnetIds.data, nsg_ids: [expect.stringMatching(/^\$\{oci_core_network_security_group\.\w+\.id\}$/)] },
    });
    expect(resourcesOf(r, 'oci_streaming_stream').map((s) => [s.name, s.partitions, s.retention_in_hours]).sort()).toEqual([
      ['acme-mlops-fraud-detection-fg-customer_profile', 1, 24], ['acme-mlops-fraud-detection-fg-driver_stats', 1, 24],
    ]);
    const https = resourcesOf(r, 'oci_core_network_security_group_security_rule').filter((x) => (x.tcp_options as { destination_port_range: { min: number } }).destination_port_range.min === 443);
    expect(https).toEqual([
      expect.objectContaining({ direction: 'INGRESS', source: NETWORK.nsgIds.workloads, source_type: 'NETWORK_SECURITY_GROUP' }),
      expect.objectContaining({ direction: 'INGRESS', source: '10.20.0.0/20', source_type: 'CIDR_BLOCK' }),
    ]);
  });

  test('runs the ingestion job in the workloads subnet with the stores, streams and groups in its environment and no password', () => {
    expect(job).toMatchObject({
      project_id: FEATURE_STORE_BASE.dataScienceProjectId,
      job_environment_configuration_details: { job_environment_type: 'OCIR_CONTAINER', image: FEATURE_STORE_BASE.ingestionImage },
      job_infrastructure_configuration_details: { job_infrastructure_type: 'STANDALONE', subnet_id: NETWORK.subnetIds.workloads, shape_name: 'VM.Standard.E4.Flex', job_shape_config_details: { ocpus: 1, memory_in_gbs: 16 } },
      job_log_configuration_details: { enable_logging: true, log_group_id: FEATURE_STORE_BASE.logGroupId },
    });
    expect(env).toMatchObject({
      OCI_MLOPS_ADB_USER: 'ADMIN', OCI_MLOPS_ADB_PASSWORD_SECRET_ID: expect.stringMatching(/^\$\{oci_vault_secret\.\w+\.id\}$/),
      OCI_MLOPS_ADB_CONNECT_STRING: expect.stringContaining('all_connection_strings["TP"]'),
      OCI_MLOPS_FEATURE_CONSUMER_GROUP: 'acme-mlops-fraud-detection-ingest',
      OCI_MLOPS_FEATURE_TIME_BUDGET_SEC: '2700',
    });
    expect(env.OCI_MLOPS_ADB_PASSWORD).toBeUndefined();
    expect(env.OCI_MLOPS_ADB_ID).toMatch(/^\$\{oci_database_autonomous_database\.\w+\.id\}$/);
    expect(JSON.parse(env.OCI_MLOPS_FEATURE_GROUPS!)).toEqual([DRIVER_STATS, CUSTOMER]);
    expect(env.OCI_MLOPS_FEATURE_STREAMS).toMatch(/^\{"driver_stats":"\$\{oci_streaming_stream\.[\w-]+\.id\}","customer_profile":"\$\{oci_streaming_stream\.[\w-]+\.id\}"\}$/);
  });

  test('sets an environment the ingestion job accepts once Terraform resolves it', () => {
    const kinds: Record<string, string> = { oci_vault_secret: 'vaultsecret', oci_streaming_stream: 'stream', oci_database_autonomous_database: 'autonomousdatabase' };
    const resolve = (value: string) => value.replace(/\$\{(\w+)\.([\w-]+)\.(\w+)[^}]*\}/g, (_m, type: string, name: string, attr: string) => {
      if (attr === 'id') return `ocid1.${kinds[type]}.oc1.eu-frankfurt-1.aaaa${name.replace(/[^A-Za-z0-9]/g, '')}`;
      return attr === 'messages_endpoint' ? 'https://cell-1.streaming.eu-frankfurt-1.oci.oraclecloud.com' : `resolved-${attr}`;
    });
    const config = parseIngestionJobEnv(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, resolve(v)])));
    expect(config).toMatchObject({
      store: { kind: 'adb', user: 'ADMIN', passwordSecretId: expect.stringMatching(/^ocid1\.vaultsecret\./), autonomousDatabaseId: expect.stringMatching(/^ocid1\.autonomousdatabase\./) },
      groups: [DRIVER_STATS, CUSTOMER], consumerGroup: 'acme-mlops-fraud-detection-ingest', timeBudgetSec: 2700,
    });
    expect(Object.keys(config.streams)).toEqual(['driver_stats', 'customer_profile']);
  });

  test('starts the job every 15 minutes by default and on whole hours when asked', () => {
    expect(resourcesOf(r, 'oci_datascience_schedule')[0]).toMatchObject({
      trigger: { trigger_type: 'CRON', cron_expression: '*/15 * * * *' },
      action: { action_type: 'HTTP', action_details: { http_action_type: 'CREATE_JOB_RUN', create_job_run_details: { job_id: expect.stringMatching(/^\$\{oci_datascience_job\.\w+\.id\}$/) } } },
    });
    const hourly = synthResources((s) => { new FeatureStore(s, 'Features', { ...FEATURE_STORE_BASE, ingestionIntervalMinutes: 120 }); });
    expect(resourcesOf(hourly, 'oci_datascience_schedule')[0]).toMatchObject({ trigger: { cron_expression: '0 */2 * * *' } });
  });

  test('grants the job its streams, its password secret, its database wallet and its bucket without delete, and the schedule the job runs', () => {
    const policies = resourcesOf(r, 'oci_identity_policy');
    const ingest = policies.find((p) => p.name === 'acme-mlops-fraud-detection-feature-ingest')!.statements as string[];
    expect(ingest[0]).toMatch(/^Allow dynamic-group acme-mlops-fraud-detection-feature-ingest to use stream-pull in compartment id \S+ where any \{target\.stream\.id = '\$\{oci_streaming_stream\.[\w-]+\.id\}', target\.stream\.id = '\$\{oci_streaming_stream\.[\w-]+\.id\}'\}$/);
    expect(ingest[1]).toMatch(/to read secret-bundles .* where target\.secret\.id = /);
    expect(ingest[2]).toMatch(/^Allow dynamic-group acme-mlops-fraud-detection-feature-ingest to read autonomous-databases in compartment id \S+ where target\.autonomous-database\.id = '\$\{oci_database_autonomous_database\.\w+\.id\}'$/);
    expect(ingest[4]).toMatch(/to manage objects .* where all \{target\.bucket\.name = '.*', request\.permission != 'OBJECT_DELETE'\}$/);
    const schedule = policies.find((p) => p.name === 'acme-mlops-fraud-detection-feature-schedule')!.statements as string[];
    expect(schedule[0]).toBe(`Allow dynamic-group acme-mlops-fraud-detection-feature-schedule to manage data-science-job-runs in compartment id ${COMPARTMENT}`);
    const groups = resourcesOf(r, 'oci_identity_dynamic_group');
    expect(groups.find((g) => g.name === 'acme-mlops-fraud-detection-feature-schedule')).toMatchObject({ matching_rule: expect.stringMatching(/^resource\.id = '\$\{oci_datascience_schedule\.\w+\.id\}'$/) });
    expect(groups.find((g) => g.name === 'acme-mlops-fraud-detection-feature-ingest')).toMatchObject({ matching_rule: `ALL {resource.type = 'datasciencejobrun', resource.compartment.id = '${COMPARTMENT}'}` });
  });

  test('lets the job runs pull the ingestion image in their compartment, and only pull', () => {
    const ingest = resourcesOf(r, 'oci_identity_policy').find((p) => p.name === 'acme-mlops-fraud-detection-feature-ingest')!.statements as string[];
    expect(ingest).toContain(`Allow dynamic-group acme-mlops-fraud-detection-feature-ingest to read repos in compartment id ${COMPARTMENT} where any {request.operation = 'ReadDockerRepositoryMetadata', request.operation = 'ReadDockerRepositoryManifest', request.operation = 'PullDockerLayer'}`);
  });

  test('grants the image pull in a tenancy policy when the repository is in another compartment', () => {
    const repos = 'ocid1.compartment.oc1..aaaaaaaaplatformrepositories4ocir';
    const out = synthResources((s) => { new FeatureStore(s, 'Features', { ...FEATURE_STORE_BASE, ingestionImageCompartmentId: repos }); });
    const policies = resourcesOf(out, 'oci_identity_policy');
    expect(policies.find((p) => p.name === 'acme-mlops-fraud-detection-feature-ingest')!.statements as string[]).not.toContainEqual(expect.stringContaining('repos'));
    expect(policies.find((p) => p.name === 'acme-mlops-fraud-detection-feature-image-pull')).toMatchObject({
      compartment_id: FEATURE_STORE_BASE.tenancyId,
      statements: [expect.stringMatching(new RegExp(`^Allow dynamic-group acme-mlops-fraud-detection-feature-ingest to read repos in compartment id ${repos.replace(/\./g, '\\.')} where any \\{request\\.operation = 'ReadDockerRepositoryMetadata'`))],
    });
  });

  test('fetches no wallet and grants none when the database accepts one-way TLS', () => {
    const out = synthResources((s) => { new FeatureStore(s, 'Features', { ...FEATURE_STORE_BASE, allowDatabaseTlsWithoutWallet: true }); });
    const vars = (resourcesOf(out, 'oci_datascience_job')[0]!.job_configuration_details as { environment_variables: Record<string, string> }).environment_variables;
    expect(vars.OCI_MLOPS_ADB_ID).toBeUndefined();
    expect(resourcesOf(out, 'oci_identity_policy').flatMap((p) => p.statements as string[]).some((x) => x.includes('autonomous-databases'))).toBe(false);
  });

  test('defines no IAM when asked, and opens the endpoints to CIDR blocks on a network without NSGs', () => {
    const out = synthResources((s) => { new FeatureStore(s, 'Features', { ...FEATURE_STORE_BASE, tenancyId: undefined, defineIam: false, network: NETWORK_WITHOUT_NSGS, clientCidrs: ['10.30.0.0/20'] }); });
    expect(resourcesOf(out, 'oci_identity_policy')).toEqual([]);
    expect(resourcesOf(out, 'oci_core_network_security_group_security_rule').map((x) => x.source)).toEqual(['10.30.0.0/20', '10.30.0.0/20']);
  });

  test('warns that the ingestion job cannot connect without clientCidrs', () => {
    const stack = freshStack();
    new FeatureStore(stack, 'Features', { ...FEATURE_STORE_BASE, clientCidrs: undefined });
    expect(stack.node.findAll().flatMap((n) => n.node.metadata).map((m) => String(m.data))).toContainEqual(expect.stringContaining('clientCidrs is empty'));
  });

  test('has no policy findings', () => {
    const stack = ociStack();
    new FeatureStore(stack, 'Features', FEATURE_STORE_BASE);
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test.each([
    [{ namePrefix: 'Team' }, 'namePrefix must be 1-61 characters of a-z, 0-9 and "-", starting with a letter, got "Team"'],
    [{ ingestionImage: 'ghcr.io/acme/ingest:1' }, 'ingestionImage must be an OCIR image'],
    [{ featureGroups: [] }, 'featureGroups must declare at least one feature group'],
    [{ featureGroups: [DRIVER_STATS, DRIVER_STATS] }, 'featureGroups names must be unique, got "driver_stats" twice'],
    [{ ingestionIntervalMinutes: 2 }, 'ingestionIntervalMinutes must be an integer from 5 to 1440, got 2'],
    [{ ingestionIntervalMinutes: 45 }, 'ingestionIntervalMinutes must divide an hour (5, 6, 10, 12, 15, 20, 30) or a day (60, 120, 180, 240, 360, 480, 720, 1440) so runs are evenly spaced, got 45'],
    [{ ingestionMaxRuntimeMinutes: 0 }, 'ingestionMaxRuntimeMinutes must be an integer from 1 to 1440, got 0'],
    [{ ingestionOcpus: 0 }, 'ingestionOcpus must be an integer from 1 to 64, got 0'],
    [{ ingestionMemoryGb: 2000 }, 'ingestionMemoryGb must be an integer from 1 to 1024, got 2000'],
    [{ ingestionImageCompartmentId: 'ocid1.vcn.oc1..aaaa' }, 'ingestionImageCompartmentId must be a compartment or tenancy OCID (ocid1.compartment... or ocid1.tenancy...), got "ocid1.vcn.oc1..aaaa"'],
    [{ ingestionShape: 'VM.Standard2.1' }, 'ingestionShape must be a flexible VM shape such as VM.Standard.E4.Flex, got "VM.Standard2.1"'],
    [{ streamPartitions: 0 }, 'streamPartitions must be an integer from 1 to 50, got 0'],
    [{ streamRetentionHours: 12 }, 'streamRetentionHours must be an integer from 24 to 168, got 12'],
    [{ tenancyId: undefined }, 'tenancyId is required when defineIam is on'],
    [{ databaseUser: 'FEATURES' }, 'databaseUser "FEATURES" needs databasePasswordSecretId'],
    [{ databaseStorageGb: 5 }, 'storageGb must be an integer from 20 to 393216, got 5'],
    [{ network: NETWORK_WITHOUT_NSGS, clientCidrs: undefined }, 'clientNsgIds or clientCidrs must name at least one client'],
  ])('fails on %j', (override, message) => {
    expect(() => new FeatureStore(freshStack(), 'Features', { ...FEATURE_STORE_BASE, ...override } as FeatureStoreProps)).toThrow(message);
  });
});
