import { ModelGovernance, type ModelGovernanceProps } from '../../../lib/governance/governance';
import { runPolicyChecks } from '../../../lib/policy';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { COMPARTMENT, NETWORK, ociStack, TENANCY } from '../database/construct-fixtures';
import { GOVERNANCE_BASE } from './governance-fixtures';

const PROJECT = 'ocid1.datascienceproject.oc1.eu-frankfurt-1.aaaaaaaaprojectexample';
const WITH_MAINTENANCE: ModelGovernanceProps = { ...GOVERNANCE_BASE, dataScienceProjectId: PROJECT, databaseClientCidrs: ['10.20.0.0/20'] };

function warningsOf(props: ModelGovernanceProps): string[] {
  const stack = freshStack();
  new ModelGovernance(stack, 'ModelGovernance', props);
  return stack.node.findAll().flatMap((n) => n.node.metadata).map((m) => String(m.data));
}

describe('ModelGovernance maintenance', () => {
  const r = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', WITH_MAINTENANCE); });
  const job = resourcesOf(r, 'oci_datascience_job')[0]!;
  const fnConfig = resourcesOf(r, 'oci_functions_function')[0]!.config as Record<string, string>;

  test('defines a Data Science job that runs the maintenance entry of the governance image with the function configuration', () => {
    expect(job).toMatchObject({
      compartment_id: COMPARTMENT, project_id: PROJECT, display_name: 'acme-mlops-governance-maintenance', delete_related_job_runs: false,
      job_configuration_details: { job_type: 'DEFAULT', maximum_runtime_in_minutes: '30', environment_variables: fnConfig },
      job_environment_configuration_details: { job_environment_type: 'OCIR_CONTAINER', image: GOVERNANCE_BASE.image, entrypoint: ['node', 'functions/governance/maintain.js'] },
      job_infrastructure_configuration_details: {
        job_infrastructure_type: 'STANDALONE', shape_name: 'VM.Standard.E4.Flex', subnet_id: NETWORK.subnetIds.workloads, block_storage_size_in_gbs: 50,
        job_shape_config_details: { ocpus: 1, memory_in_gbs: 4 },
      },
      job_log_configuration_details: { enable_logging: true, enable_auto_log_creation: false, log_group_id: GOVERNANCE_BASE.logGroupId, log_id: expect.stringMatching(/^\$\{oci_logging_log\.\w+\.id\}$/) },
    });
    expect(fnConfig.OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET).toBeDefined();
    expect(resourcesOf(r, 'oci_logging_log').find((l) => l.display_name === 'acme-mlops-governance-maintenance')).toMatchObject({ log_type: 'CUSTOM', retention_duration: 90 });
  });

  test('starts a run of the job every hour at minute 0 with a CRON schedule', () => {
    expect(resourcesOf(r, 'oci_datascience_schedule')[0]).toMatchObject({
      compartment_id: COMPARTMENT, project_id: PROJECT, display_name: 'acme-mlops-governance-maintenance',
      trigger: { trigger_type: 'CRON', cron_expression: '0 * * * *' },
      action: { action_type: 'HTTP', action_details: { http_action_type: 'CREATE_JOB_RUN', create_job_run_details: { compartment_id: COMPARTMENT, project_id: PROJECT, job_id: expect.stringMatching(/^\$\{oci_datascience_job\.\w+\.id\}$/) } } },
    });
  });

  test.each([[6, '0 */6 * * *'], [24, '0 0 * * *']])('spaces runs %i hours apart', (hours, cron) => {
    const out = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', { ...WITH_MAINTENANCE, maintenanceIntervalHours: hours }); });
    expect((resourcesOf(out, 'oci_datascience_schedule')[0]!.trigger as { cron_expression: string }).cron_expression).toBe(cron);
  });

  test('grants the job runs only the password secret, anchors without delete or overwrite, the topic, logs, the image pull, the wallet and the model catalog', () => {
    expect(resourcesOf(r, 'oci_identity_dynamic_group').find((g) => g.name === 'acme-mlops-governance-maintenance-job')).toMatchObject({
      compartment_id: TENANCY, matching_rule: `ALL {resource.type = 'datasciencejobrun', resource.compartment.id = '${COMPARTMENT}'}`,
    });
    const statements = resourcesOf(r, 'oci_identity_policy').find((p) => p.name === 'acme-mlops-governance-maintenance-job')!.statements as string[];
    const who = 'Allow dynamic-group acme-mlops-governance-maintenance-job to';
    const where = `in compartment id ${COMPARTMENT}`;
    expect(statements).toEqual([
      expect.stringMatching(new RegExp(`^${who} read secret-bundles ${where} where target\\.secret\\.id = '\\$\\{oci_vault_secret\\.\\w+\\.id\\}'$`)),
      expect.stringMatching(new RegExp(`^${who} manage objects ${where} where all \\{target\\.bucket\\.name = '\\$\\{oci_objectstorage_bucket\\.\\w+\\.name\\}', any \\{request\\.permission = 'OBJECT_CREATE', request\\.permission = 'OBJECT_INSPECT', request\\.permission = 'OBJECT_READ'\\}\\}$`)),
      `${who} use ons-topics ${where}`,
      `${who} use log-content ${where}`,
      `${who} read repos ${where} where any {request.operation = 'ReadDockerRepositoryMetadata', request.operation = 'ReadDockerRepositoryManifest', request.operation = 'PullDockerLayer'}`,
      expect.stringMatching(new RegExp(`^${who} read autonomous-databases ${where} where target\\.autonomous-database\\.id = '\\$\\{oci_database_autonomous_database\\.\\w+\\.id\\}'$`)),
      `${who} use data-science-models ${where}`,
    ]);
  });

  test('lets only the schedule start runs of the job', () => {
    expect(resourcesOf(r, 'oci_identity_dynamic_group').find((g) => g.name === 'acme-mlops-governance-maintenance-schedule'))
      .toMatchObject({ matching_rule: expect.stringMatching(/^resource\.id = '\$\{oci_datascience_schedule\.\w+\.id\}'$/) });
    const statements = resourcesOf(r, 'oci_identity_policy').find((p) => p.name === 'acme-mlops-governance-maintenance-schedule')!.statements as string[];
    expect(statements.map((s) => s.replace(/^Allow dynamic-group acme-mlops-governance-maintenance-schedule to /, '').replace(/ in compartment id .*$/, '')))
      .toEqual(['manage data-science-job-runs', 'read data-science-jobs', 'read data-science-projects']);
  });

  test('opens the database to the workloads subnet CIDR the job runs in', () => {
    expect(resourcesOf(r, 'oci_core_network_security_group_security_rule').map((x) => x.source)).toContain('10.20.0.0/20');
  });

  test('defines no job without a Data Science project, and warns that anchoring then waits for a request', () => {
    const out = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', GOVERNANCE_BASE); });
    expect(resourcesOf(out, 'oci_datascience_job')).toEqual([]);
    expect(warningsOf(GOVERNANCE_BASE)).toContainEqual(expect.stringContaining('dataScienceProjectId is not set: no maintenance job'));
  });

  test('warns when the database does not accept the job by CIDR', () => {
    expect(warningsOf({ ...WITH_MAINTENANCE, databaseClientCidrs: undefined })).toContainEqual(expect.stringContaining('databaseClientCidrs is empty: the maintenance job'));
  });

  test('defines no IAM when defineIam is false', () => {
    const out = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', { ...WITH_MAINTENANCE, defineIam: false }); });
    expect(resourcesOf(out, 'oci_datascience_schedule')).toHaveLength(1);
    expect(resourcesOf(out, 'oci_identity_dynamic_group').filter((g) => String(g.name).includes('maintenance'))).toEqual([]);
    expect(resourcesOf(out, 'oci_identity_policy').filter((p) => String(p.name).includes('maintenance'))).toEqual([]);
  });

  test('has no policy findings', () => {
    const stack = ociStack();
    new ModelGovernance(stack, 'ModelGovernance', WITH_MAINTENANCE);
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test.each([
    [{ maintenanceIntervalHours: 5 }, 'maintenanceIntervalHours must be one of 1, 2, 3, 4, 6, 8, 12, 24 (dividing a day, so runs are evenly spaced), got 5'],
    [{ maintenanceMaxRuntimeMinutes: 1 }, 'maintenanceMaxRuntimeMinutes must be an integer from 5 to 180, got 1'],
    [{ maintenanceShape: 'VM.Standard2.1' }, 'maintenanceShape'],
    [{ maintenanceOcpus: 0 }, 'maintenanceOcpus must be an integer from 1 to 64 for VM.Standard.E4.Flex, got 0'],
    [{ maintenanceMemoryGb: 2048 }, 'maintenanceMemoryGb must be from 1 to 64 GB for 1 OCPUs of VM.Standard.E4.Flex, got 2048'],
  ])('fails on %j', (override, message) => {
    expect(() => new ModelGovernance(freshStack(), 'ModelGovernance', { ...WITH_MAINTENANCE, ...override })).toThrow(message);
  });
});
