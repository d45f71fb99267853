import { ModelGovernance, type ModelGovernanceProps } from '../../../lib/governance/governance';
import { runPolicyChecks } from '../../../lib/policy';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { COMPARTMENT, NETWORK, NETWORK_WITHOUT_NSGS, ociStack, TENANCY, VAULT } from '../database/construct-fixtures';
import { AUTHORIZER, GOVERNANCE_BASE } from './governance-fixtures';


type Config = Record<string, string>;

describe('ModelGovernance', () => {
  const r = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', GOVERNANCE_BASE); });
  const fn = resourcesOf(r, 'oci_functions_function')[0]!;
  const config = fn.config as Config;

  test('defines the governance function with 512 MB and 60 s in the platform application', () => {
    expect(fn).toMatchObject({ application_id: GOVERNANCE_BASE.servingBase.functionsApplicationId, image: GOVERNANCE_BASE.image, memory_in_mbs: '512', timeout_in_seconds: 60, display_name: 'acme-mlops-governance' });
  });

  test('configures the function for the Autonomous Database store with the password taken from Vault', () => {
    expect(config).toMatchObject({
      OCI_MLOPS_GOVERNANCE_STORE: 'adb', OCI_MLOPS_GOVERNANCE_ADB_USER: 'ADMIN',
      OCI_MLOPS_GOVERNANCE_ADB_PASSWORD_SECRET_ID: expect.stringMatching(/^\$\{oci_vault_secret\.\w+\.id\}$/),
      OCI_MLOPS_GOVERNANCE_ADB_CONNECT_STRING: expect.stringMatching(/^\$\{oci_database_autonomous_database\.\w+\.connection_strings\[0\]\.all_connection_strings\["TP"\]\}$/),
      OCI_MLOPS_GOVERNANCE_TOPIC_ID: expect.stringMatching(/^\$\{oci_ons_notification_topic\.\w+\.id\}$/),
      OCI_MLOPS_GOVERNANCE_CATALOG_UPDATES: 'true',
      OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET: expect.stringMatching(/^\$\{oci_objectstorage_bucket\.\w+\.name\}$/),
      OCI_MLOPS_GOVERNANCE_ANCHOR_PREFIX: 'audit-anchors/', OCI_MLOPS_GOVERNANCE_PATH_PREFIX: '/governance',
    });
    expect(config.OCI_MLOPS_GOVERNANCE_ADB_PASSWORD).toBeUndefined();
    expect(config.OCI_MLOPS_GOVERNANCE_POLICY).toBeUndefined();
  });

  test('routes every path to the function behind the authorizer, overwriting the identity headers, with access and execution logs', () => {
    const route = resourcesOf(r, 'oci_apigateway_deployment')[0]!;
    expect(route).toMatchObject({
      path_prefix: '/governance', gateway_id: GOVERNANCE_BASE.servingBase.apiGatewayId,
      specification: {
        request_policies: { authentication: { type: 'CUSTOM_AUTHENTICATION', function_id: AUTHORIZER, is_anonymous_access_allowed: false } },
        logging_policies: { access_log: { is_enabled: true }, execution_log: { is_enabled: true } },
        routes: [{
          path: '/{path*}', methods: ['ANY'], backend: { type: 'ORACLE_FUNCTIONS_BACKEND' },
          request_policies: { header_transformations: { set_headers: { items: [
            { name: 'X-Governance-Actor', values: ['$${request.auth[sub]}'], if_exists: 'OVERWRITE' },
            { name: 'X-Governance-Groups', values: ['$${request.auth[groups]}'], if_exists: 'OVERWRITE' },
          ] } } },
        }],
      },
    });
    expect(resourcesOf(r, 'oci_logging_log').map((l) => (l.configuration as { source: { category: string } }).source.category)).toEqual(['access', 'execution']);
  });

  test('rate-limits the route to 100 requests per second per client IP by default', () => {
    expect(resourcesOf(r, 'oci_apigateway_deployment')[0]!.specification).toMatchObject({ request_policies: { rate_limiting: { rate_in_requests_per_second: 100, rate_key: 'CLIENT_IP' } } });
  });

  test('takes the rate limit it is given', () => {
    const out = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', { ...GOVERNANCE_BASE, rateLimitPerSecond: 20, rateLimitKey: 'TOTAL' }); });
    expect(resourcesOf(out, 'oci_apigateway_deployment')[0]!.specification).toMatchObject({ request_policies: { rate_limiting: { rate_in_requests_per_second: 20, rate_key: 'TOTAL' } } });
  });

  test('keeps anchors in a private encrypted bucket with a 7-year retention rule locked at the given time', () => {
    expect(resourcesOf(r, 'oci_objectstorage_bucket')[0]).toMatchObject({
      name: 'acme-mlops-governance-anchors', access_type: 'NoPublicAccess', kms_key_id: VAULT.keyId, versioning: 'Disabled',
      retention_rules: [{ display_name: 'retain-all-objects', duration: { time_amount: '2555', time_unit: 'DAYS' }, time_rule_locked: '2027-01-15T00:00:00Z' }],
    });
  });

  test('stores governance in an OLTP Autonomous Database reachable from the workloads NSG only', () => {
    expect(resourcesOf(r, 'oci_database_autonomous_database')[0]).toMatchObject({ db_name: 'acmemlopsgov', db_workload: 'OLTP', subnet_id: NETWORK.subnetIds.data, is_mtls_connection_required: true, kms_key_id: VAULT.keyId });
    expect(resourcesOf(r, 'oci_core_network_security_group_security_rule')[0]).toMatchObject({ source: NETWORK.nsgIds.workloads, source_type: 'NETWORK_SECURITY_GROUP' });
  });

  test('publishes to its own topic with the given subscriptions', () => {
    expect(resourcesOf(r, 'oci_ons_notification_topic')[0]).toMatchObject({ name: 'acme-mlops-governance' });
    expect(resourcesOf(r, 'oci_ons_subscription')[0]).toMatchObject({ protocol: 'EMAIL', endpoint: 'model-risk@example.com' });
  });

  test('grants the function only its topic, its anchors without delete or overwrite, its password secret, its database wallet and the model catalog', () => {
    const dgs = resourcesOf(r, 'oci_identity_dynamic_group');
    expect(dgs.find((g) => g.name === 'acme-mlops-governance-fn')).toMatchObject({ compartment_id: TENANCY, matching_rule: expect.stringMatching(/^resource\.id = '\$\{oci_functions_function\.\w+\.id\}'$/) });
    const policy = resourcesOf(r, 'oci_identity_policy').find((p) => p.name === 'acme-mlops-governance-fn')!;
    const statements = policy.statements as string[];
    const where = `in compartment id ${COMPARTMENT}`;
    expect(statements[0]).toBe(`Allow dynamic-group acme-mlops-governance-fn to use ons-topics ${where}`);
    expect(statements[1]).toMatch(new RegExp(`^Allow dynamic-group acme-mlops-governance-fn to manage objects ${where} where all \\{target\\.bucket\\.name = '\\$\\{oci_objectstorage_bucket\\.\\w+\\.name\\}', any \\{request\\.permission = 'OBJECT_CREATE', request\\.permission = 'OBJECT_INSPECT', request\\.permission = 'OBJECT_READ'\\}\\}$`));
    expect(statements[2]).toMatch(/to read secret-bundles .* where target\.secret\.id = '\$\{oci_vault_secret\.\w+\.id\}'$/);
    expect(statements[3]).toMatch(new RegExp(`^Allow dynamic-group acme-mlops-governance-fn to read autonomous-databases ${where} where target\\.autonomous-database\\.id = '\\$\\{oci_database_autonomous_database\\.\\w+\\.id\\}'$`));
    expect(statements[4]).toBe(`Allow dynamic-group acme-mlops-governance-fn to use data-science-models ${where}`);
    expect(statements).toHaveLength(5);
  });

  test('tells the function which database to fetch the mTLS wallet of, and neither that nor the grant without mTLS', () => {
    const config = resourcesOf(r, 'oci_functions_function')[0]!.config as Config;
    expect(config.OCI_MLOPS_GOVERNANCE_ADB_ID).toMatch(/^\$\{oci_database_autonomous_database\.\w+\.id\}$/);
    const out = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', { ...GOVERNANCE_BASE, allowDatabaseTlsWithoutWallet: true }); });
    expect((resourcesOf(out, 'oci_functions_function')[0]!.config as Config).OCI_MLOPS_GOVERNANCE_ADB_ID).toBeUndefined();
    expect(resourcesOf(out, 'oci_identity_policy').flatMap((p) => p.statements as string[]).some((x) => x.includes('autonomous-databases'))).toBe(false);
  });

  test('passes the approval policy, an existing topic, JWT claims and no catalog grant when asked', () => {
    const out = synthResources((s) => {
      new ModelGovernance(s, 'ModelGovernance', {
        ...GOVERNANCE_BASE, subscriptions: undefined, existingTopicId: 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopicexample', enableCatalogUpdates: false,
        authentication: { type: 'jwt', issuers: ['https://identity.oraclecloud.com/'], audiences: ['governance'], jwksUri: 'https://idcs.example.com/jwk' },
        actorContextKey: 'email', groupsContextKey: 'mlops_groups',
        approvalPolicy: { approverGroups: { risk: 'model-risk' }, requiredApprovals: { low: ['technical', 'business'] }, adminGroup: 'gov-admins' },
      });
    });
    const c = resourcesOf(out, 'oci_functions_function')[0]!.config as Config;
    expect(JSON.parse(c.OCI_MLOPS_GOVERNANCE_POLICY!)).toEqual({ approver_groups: { risk: 'model-risk' }, required_approvals: { low: ['technical', 'business'] }, admin_group: 'gov-admins' });
    expect(c).toMatchObject({ OCI_MLOPS_GOVERNANCE_TOPIC_ID: 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaatopicexample', OCI_MLOPS_GOVERNANCE_CATALOG_UPDATES: 'false' });
    expect(resourcesOf(out, 'oci_ons_notification_topic')).toEqual([]);
    const items = (resourcesOf(out, 'oci_apigateway_deployment')[0]!.specification as { routes: { request_policies: { header_transformations: { set_headers: { items: { values: string[] }[] } } } }[] }).routes[0]!.request_policies.header_transformations.set_headers.items;
    expect(items.map((i) => i.values[0])).toEqual(['$${request.auth[email]}', '$${request.auth[mlops_groups]}']);
    const statements = resourcesOf(out, 'oci_identity_policy').flatMap((p) => p.statements as string[]);
    expect(statements.some((s) => s.includes('data-science-models'))).toBe(false);
  });

  test('warns when the retention rule is not locked', () => {
    const stack = freshStack();
    new ModelGovernance(stack, 'ModelGovernance', { ...GOVERNANCE_BASE, anchorRetentionLockTime: undefined });
    const warnings = stack.node.findAll().flatMap((n) => n.node.metadata).map((m) => String(m.data));
    expect(warnings).toContainEqual(expect.stringContaining('anchorRetentionLockTime is not set'));
  });

  test('has no policy findings', () => {
    const stack = ociStack();
    new ModelGovernance(stack, 'ModelGovernance', GOVERNANCE_BASE);
    expect(runPolicyChecks(stack)).toEqual([]);
  });

  test.each([
    [{ namePrefix: 'Acme' }, 'namePrefix must be 1-41 characters of a-z, 0-9 and "-", starting with a letter, got "Acme"'],
    [{ pathPrefix: 'governance' }, 'pathPrefix must be "/" and lowercase letters, digits or "-", got "governance"'],
    [{ actorContextKey: 'a b' }, 'actorContextKey must be 1-64 letters, digits, "_", ".", ":" or "-", got "a b"'],
    [{ groupsContextKey: 'g]' }, 'groupsContextKey must be 1-64 letters, digits, "_", ".", ":" or "-", got "g]"'],
    [{ anchorRetentionDays: 0 }, 'anchorRetentionDays must be an integer from 1 to 36500, got 0'],
    [{ rateLimitPerSecond: 0 }, 'rateLimitPerSecond must be an integer from 1 to 10000, got 0'],
    [{ rateLimitKey: 'USER' }, 'rateLimitKey must be one of CLIENT_IP, TOTAL, got "USER"'],
    [{ anchorRetentionLockTime: '2027-01-15' }, 'anchorRetentionLockTime must be an RFC 3339 UTC time such as "2027-01-15T00:00:00Z", got "2027-01-15"'],
    [{ existingTopicId: 'ocid1.onstopic.oc1..x' }, 'subscriptions cannot be combined with existingTopicId'],
    [{ databaseUser: 'gov user' }, 'databaseUser must be an Oracle user name (a letter, then letters, digits, _, $ or #), got "gov user"'],
    [{ databaseUser: 'GOVERNANCE' }, 'databaseUser "GOVERNANCE" needs databasePasswordSecretId'],
    [{ approvalPolicy: { operatorGroup: 'ops/team' } }, 'approvalPolicy group operatorGroup must be 1-100 letters, digits, ".", "_", "-" or spaces, got "ops/team"'],
    [{ approvalPolicy: { requiredApprovals: { high: ['legal'] } } }, 'approvalPolicy.requiredApprovals must list technical, risk, business, got "high: legal"'],
    [{ image: 'docker.io/acme/governance:1' }, 'image must be an OCIR image'],
    [{ timeoutSec: 600 }, 'timeoutSec must be an integer from 5 to 300 seconds, got 600'],
    [{ databaseEcpuCount: 1 }, 'ecpuCount must be an integer from 2 to 512, got 1'],
    [{ authentication: { type: 'jwt', issuers: [], audiences: ['a'], jwksUri: 'https://x.example.com' } }, 'authentication.issuers must list at least one issuer'],
    [{ network: NETWORK_WITHOUT_NSGS }, 'clientNsgIds or clientCidrs must name at least one client'],
  ])('fails on %j', (override, message) => {
    expect(() => new ModelGovernance(freshStack(), 'ModelGovernance', { ...GOVERNANCE_BASE, ...override } as ModelGovernanceProps)).toThrow(message);
  });

  test('accepts a brought network without NSGs when the functions subnet CIDR is given', () => {
    const out = synthResources((s) => { new ModelGovernance(s, 'ModelGovernance', { ...GOVERNANCE_BASE, network: NETWORK_WITHOUT_NSGS, databaseClientCidrs: ['10.30.0.0/20'] }); });
    expect(resourcesOf(out, 'oci_core_network_security_group_security_rule')[0]).toMatchObject({ source: '10.30.0.0/20', source_type: 'CIDR_BLOCK' });
    expect(resourcesOf(out, 'oci_database_autonomous_database')[0]!.nsg_ids).toHaveLength(1);
  });
});
