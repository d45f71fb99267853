import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ApigatewayDeployment } from '../../.gen/providers/oci/apigateway-deployment';
import { IdentityDynamicGroup } from '../../.gen/providers/oci/identity-dynamic-group';
import { IdentityPolicy } from '../../.gen/providers/oci/identity-policy';
import { type OnsNotificationTopic } from '../../.gen/providers/oci/ons-notification-topic';
import { autonomousDatabaseName, autonomousDatabaseWalletStatement, SecureAutonomousDatabase, type AutonomousDatabaseVersion } from '../database/secure-autonomous-database';
import { MatchingRule, PolicyCondition, PolicyLocation, PolicyStatement, PolicySubject } from '../iam';
import { type IPlatformNetwork } from '../network/platform-network';
import { apiDeploymentLogs } from '../observability/service-log';
import { mismatches, outside, runChecks } from '../private/checks';
import { type IPlatformVault } from '../security/platform-vault';
import { authenticationPolicy, type ApiAuthentication, validateApiAuthentication } from '../serving/api-authentication';
import { type ApiRateLimitProps, RATE_LIMIT_CHECKS, rateLimitingPolicy } from '../serving/api-rate-limit';
import { type FunctionMemoryMib, OciFunction } from '../serving/oci-function';
import { type IServingBase } from '../serving/serving-base';
import { SecureBucket } from '../storage/secure-bucket';
import { type CanaryEvidenceOptions, governanceInvokerConfig, grantCanaryGateEvidence } from './governance-canary-evidence';
import { type GovernanceMaintenance, governanceMaintenance, type GovernanceMaintenanceOptions } from './governance-maintenance';
import { governanceTopic, type GovernanceSubscription } from './governance-topic';

/** Approval types of the governance runtime (docs/governance.md). */
export const APPROVAL_TYPES = ['technical', 'risk', 'business'] as const;
export type ApprovalType = (typeof APPROVAL_TYPES)[number];

/** The approval policy the function receives as YAML (`OCI_MLOPS_GOVERNANCE_POLICY`); unset keys keep the runtime's defaults. */
export interface GovernanceApprovalPolicy {
  /** Approver group per approval type. @default - technical: ml-reviewers, risk: risk-officers, business: business-owners */
  readonly approverGroups?: Partial<Record<ApprovalType, string>>;
  /** Approval types each risk tier requires. @default - low: technical; medium: technical, business; high: technical, risk, business */
  readonly requiredApprovals?: Partial<Record<'low' | 'medium' | 'high', readonly ApprovalType[]>>;
  /** Group allowed to deploy, roll back and retire. @default 'mlops-operators' */
  readonly operatorGroup?: string;
  /** Group allowed to manage webhooks, dead letters, anchoring and draining. @default 'governance-admins' */
  readonly adminGroup?: string;
}

export interface ModelGovernanceProps extends GovernanceMaintenanceOptions, CanaryEvidenceOptions, ApiRateLimitProps {
  /** Compartment of every governance resource. */
  readonly compartmentId: string;
  /** Tenancy OCID: the dynamic groups of the function and the database live there. */
  readonly tenancyId: string;
  /**
   * Name prefix of every resource (bucket `<namePrefix>-governance-anchors`, topic, function...).
   * @default 'mlops'
   */
  readonly namePrefix?: string;
  /** Network: the database's private endpoint goes in its data subnet. */
  readonly network: IPlatformNetwork;
  /** Vault and customer-managed key of the database, the anchor bucket and the password secret. */
  readonly vault: IPlatformVault;
  /**
   * Compartment of the vault and key (the platform compartment when the team's resources live elsewhere).
   * @default - compartmentId
   */
  readonly vaultCompartmentId?: string;
  /** Functions application and API Gateway of the platform. */
  readonly servingBase: IServingBase;
  /** Log group of the route's access and execution logs. */
  readonly logGroupId: string;
  /** OCIR image of the governance function (built with functions/governance/Dockerfile). */
  readonly image: string;
  /**
   * How callers authenticate: an authorizer function (the usual choice, it answers the caller's
   * principal and groups) or a JWT. Never anonymous.
   */
  readonly authentication: ApiAuthentication;
  /**
   * Key of the authenticated context (`request.auth[...]`) holding the caller's identity, written to
   * `X-Governance-Actor` (overwriting whatever the client sent).
   * @default 'sub'
   */
  readonly actorContextKey?: string;
  /**
   * Key of the authenticated context holding the caller's groups (comma-separated), written to
   * `X-Governance-Groups`.
   * @default 'groups'
   */
  readonly groupsContextKey?: string;
  /**
   * Path prefix of the governance API on the gateway.
   * @default '/governance'
   */
  readonly pathPrefix?: string;
  /** Approval policy passed to the function. @default - the runtime's defaults */
  readonly approvalPolicy?: GovernanceApprovalPolicy;
  /**
   * Notifications topic of governance events.
   * @default - a `<namePrefix>-governance` topic is defined with `subscriptions`
   */
  readonly existingTopicId?: string;
  /**
   * Subscriptions of the defined topic (ignored with existingTopicId).
   * @default - none; the policy rule pack then flags the topic
   */
  readonly subscriptions?: readonly GovernanceSubscription[];
  /**
   * Write governance state into the Data Science model catalog (grants `use data-science-models`).
   * @default true
   */
  readonly enableCatalogUpdates?: boolean;
  /**
   * Days every audit anchor is retained (cannot be changed or deleted), 1-36500.
   * @default 2555 (7 years)
   */
  readonly anchorRetentionDays?: number;
  /**
   * When the anchor bucket's retention rule locks (RFC 3339, at least 14 days after the deployment,
   * e.g. '2027-01-15T00:00:00Z'); afterwards nobody, not even an administrator, can shorten or delete
   * the rule. A fixed date keeps synthesis deterministic.
   * @default - the rule is not locked (a warning says so)
   */
  readonly anchorRetentionLockTime?: string;
  /**
   * Function memory in MB.
   * @default 512
   */
  readonly memoryMib?: FunctionMemoryMib;
  /**
   * Function timeout in seconds, 5-300.
   * @default 60
   */
  readonly timeoutSec?: number;
  /**
   * Database user the function connects as (create a dedicated user and pass its password secret in
   * databasePasswordSecretId for least privilege).
   * @default 'ADMIN'
   */
  readonly databaseUser?: string;
  /**
   * Vault secret holding databaseUser's password.
   * @default - the database's generated ADMIN password secret
   */
  readonly databasePasswordSecretId?: string;
  /**
   * CIDR blocks that may reach the database besides the workloads NSG: the function's subnet on a
   * network without NSGs, and the workloads subnet for the maintenance job (a job run's VNIC has no NSG).
   * @default - the network's workloads NSG
   */
  readonly databaseClientCidrs?: readonly string[];
  /** ECPUs of the database, 2-512. @default 2 */
  readonly databaseEcpuCount?: number;
  /** Storage of the database in GB, 20-393216. @default 20 */
  readonly databaseStorageGb?: number;
  /** Days of automatic database backups, 1-60. @default 30 */
  readonly databaseBackupRetentionDays?: number;
  /** Database version. @default '23ai' */
  readonly databaseVersion?: AutonomousDatabaseVersion;
  /**
   * Accept one-way TLS (no wallet) as well as mutual TLS on the database's private endpoint. With
   * mutual TLS (the default) the function fetches the database's wallet when it starts.
   * @default false
   */
  readonly allowDatabaseTlsWithoutWallet?: boolean;
  /**
   * Define the dynamic group and policy of the function.
   * @default true
   */
  readonly defineIam?: boolean;
}

/**
 * Defines model governance on OCI: the governance function (API handlers of runtime/governance) and
 * its authenticated API Gateway route with access and execution logs, the Autonomous Database store
 * (private endpoint, mTLS, customer-managed key, backups, admin password generated in Vault), the
 * audit anchor bucket with a retention rule (locked at a given date), the Notifications topic of
 * governance events, and the function's least-privilege IAM.
 */
export class ModelGovernance extends Construct {
  readonly function: OciFunction;
  readonly functionId: string;
  readonly database: SecureAutonomousDatabase;
  readonly anchorBucket: SecureBucket;
  readonly deployment: ApigatewayDeployment;
  /** Topic of governance events (defined here unless existingTopicId was given). */
  readonly topicId: string;
  readonly topic?: OnsNotificationTopic;
  readonly pathPrefix: string;
  readonly dynamicGroup?: IdentityDynamicGroup;
  readonly policy?: IdentityPolicy;
  /** The scheduled maintenance job (anchoring, pending deliveries), when dataScienceProjectId is given. */
  readonly maintenance?: GovernanceMaintenance;

  constructor(scope: Construct, id: string, props: ModelGovernanceProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? 'mlops';
    this.pathPrefix = props.pathPrefix ?? '/governance';
    const actorKey = props.actorContextKey ?? 'sub';
    const groupsKey = props.groupsContextKey ?? 'groups';
    const contextKey = /^[A-Za-z0-9_.:-]{1,64}$/;
    runChecks(this.node.path, props, [
      { fails: (p) => mismatches(p.namePrefix, /^[a-z][a-z0-9-]{0,40}$/), message: (p) => `namePrefix must be 1-41 characters of a-z, 0-9 and "-", starting with a letter, got ${JSON.stringify(p.namePrefix)}` },
      { fails: () => mismatches(this.pathPrefix, /^\/[a-z0-9-]+$/), message: () => `pathPrefix must be "/" and lowercase letters, digits or "-", got ${JSON.stringify(this.pathPrefix)}` },
      { fails: () => mismatches(actorKey, contextKey), message: () => `actorContextKey must be 1-64 letters, digits, "_", ".", ":" or "-", got ${JSON.stringify(actorKey)}` },
      { fails: () => mismatches(groupsKey, contextKey), message: () => `groupsContextKey must be 1-64 letters, digits, "_", ".", ":" or "-", got ${JSON.stringify(groupsKey)}` },
      { fails: (p) => outside(p.anchorRetentionDays, 1, 36500), message: (p) => `anchorRetentionDays must be an integer from 1 to 36500, got ${p.anchorRetentionDays}` },
      {
        fails: (p) => mismatches(p.anchorRetentionLockTime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/) || (p.anchorRetentionLockTime !== undefined && Number.isNaN(Date.parse(p.anchorRetentionLockTime))),
        message: (p) => `anchorRetentionLockTime must be an RFC 3339 UTC time such as "2027-01-15T00:00:00Z", got ${JSON.stringify(p.anchorRetentionLockTime)}`,
      },
      { fails: (p) => p.existingTopicId !== undefined && (p.subscriptions?.length ?? 0) > 0, message: () => 'subscriptions cannot be combined with existingTopicId (subscribe to the existing topic where it is defined)' },
      ...RATE_LIMIT_CHECKS,
      { fails: (p) => mismatches(p.databaseUser, /^[A-Za-z][A-Za-z0-9_$#]{0,127}$/), message: (p) => `databaseUser must be an Oracle user name (a letter, then letters, digits, _, $ or #), got ${JSON.stringify(p.databaseUser)}` },
      { fails: (p) => p.databaseUser !== undefined && p.databaseUser.toUpperCase() !== 'ADMIN' && p.databasePasswordSecretId === undefined, message: (p) => `databaseUser ${JSON.stringify(p.databaseUser)} needs databasePasswordSecretId (the generated secret holds the ADMIN password)` },
      ...approvalPolicyChecks(props.approvalPolicy),
    ]);
    validateApiAuthentication(this.node.path, 'authentication', props.authentication);
    const compartmentId = props.compartmentId;
    const workloadsNsg = props.network.nsgIds.workloads;

    this.database = new SecureAutonomousDatabase(this, 'Database', {
      compartmentId, tenancyId: props.tenancyId, dbName: autonomousDatabaseName(prefix, 'gov'), displayName: `${prefix}-governance`,
      vcnId: props.network.vcnId, subnetId: props.network.subnetIds.data,
      clientNsgIds: workloadsNsg ? [workloadsNsg] : undefined, clientCidrs: props.databaseClientCidrs,
      nsgIds: props.network.nsgIds.data ? [props.network.nsgIds.data] : undefined,
      vault: props.vault, vaultCompartmentId: props.vaultCompartmentId, workload: 'OLTP', dbVersion: props.databaseVersion, ecpuCount: props.databaseEcpuCount,
      storageGb: props.databaseStorageGb, backupRetentionDays: props.databaseBackupRetentionDays,
      allowTlsWithoutWallet: props.allowDatabaseTlsWithoutWallet,
    });

    this.anchorBucket = new SecureBucket(this, 'AnchorBucket', {
      compartmentId, bucketName: `${prefix}-governance-anchors`, kmsKeyId: props.vault.keyId, retentionDays: props.anchorRetentionDays ?? 2555,
    });
    const retentionDays = String(props.anchorRetentionDays ?? 2555);
    if (props.anchorRetentionLockTime !== undefined) {
      // SecureBucket has no lock option: the typed escape hatch replaces its one rule with the locked form.
      this.anchorBucket.resource.putRetentionRules([{
        displayName: 'retain-all-objects', duration: { timeAmount: retentionDays, timeUnit: 'DAYS' }, timeRuleLocked: props.anchorRetentionLockTime,
      }]);
    } else {
      Annotations.of(this).addWarning('anchorRetentionLockTime is not set: the anchor bucket\'s retention rule is not locked, so an administrator could still remove it');
    }

    if (props.existingTopicId !== undefined) {
      this.topicId = props.existingTopicId;
    } else {
      this.topic = governanceTopic(this, 'Topic', { compartmentId, name: `${prefix}-governance`, subscriptions: props.subscriptions ?? [] });
      this.topicId = this.topic.id;
    }

    const catalogUpdates = props.enableCatalogUpdates ?? true;
    const passwordSecretId = props.databasePasswordSecretId ?? this.database.adminPasswordSecretId;
    const config: Record<string, string> = {
      OCI_MLOPS_GOVERNANCE_STORE: 'adb',
      OCI_MLOPS_GOVERNANCE_ADB_USER: props.databaseUser ?? 'ADMIN',
      OCI_MLOPS_GOVERNANCE_ADB_PASSWORD_SECRET_ID: passwordSecretId,
      OCI_MLOPS_GOVERNANCE_ADB_CONNECT_STRING: this.database.connectString('tp'),
      // With mTLS required, the function fetches the database's wallet at start (GenerateAutonomousDatabaseWallet).
      ...(this.database.mtlsRequired ? { OCI_MLOPS_GOVERNANCE_ADB_ID: this.database.autonomousDatabaseId } : {}),
      OCI_MLOPS_GOVERNANCE_TOPIC_ID: this.topicId,
      OCI_MLOPS_GOVERNANCE_CATALOG_UPDATES: String(catalogUpdates),
      OCI_MLOPS_GOVERNANCE_ANCHOR_BUCKET: this.anchorBucket.bucketName,
      OCI_MLOPS_GOVERNANCE_ANCHOR_NAMESPACE: this.anchorBucket.namespace,
      OCI_MLOPS_GOVERNANCE_ANCHOR_PREFIX: 'audit-anchors/',
      OCI_MLOPS_GOVERNANCE_PATH_PREFIX: this.pathPrefix,
      ...governanceInvokerConfig(this.node.path, props.servingBase.apiGatewayId, props.canaryGateFunctionId),
    };
    const policyYaml = approvalPolicyYaml(props.approvalPolicy);
    if (policyYaml !== undefined) config.OCI_MLOPS_GOVERNANCE_POLICY = policyYaml;

    this.function = new OciFunction(this, 'Function', {
      applicationId: props.servingBase.functionsApplicationId, displayName: `${prefix}-governance`, image: props.image,
      memoryMib: props.memoryMib ?? 512, timeoutSec: props.timeoutSec ?? 60, config,
    });
    this.functionId = this.function.functionId;
    if (props.canaryGateFunctionId !== undefined && (props.defineIam ?? true)) {
      grantCanaryGateEvidence(this, { tenancyId: props.tenancyId, compartmentId, namePrefix: prefix, canaryGateFunctionId: props.canaryGateFunctionId, governanceFunctionId: this.functionId });
    }
    this.maintenance = governanceMaintenance(this, {
      ...props, namePrefix: prefix, subnetId: props.network.subnetIds.workloads, environment: config, anchorBucketName: this.anchorBucket.bucketName,
      passwordSecretId, walletDatabaseId: this.database.mtlsRequired ? this.database.autonomousDatabaseId : undefined, enableCatalogUpdates: catalogUpdates, defineIam: props.defineIam ?? true,
    });

    // `$${...}` is a literal `${...}` for API Gateway, not a Terraform interpolation.
    const fromContext = (key: string) => `$\${request.auth[${key}]}`;
    this.deployment = new ApigatewayDeployment(this, 'Route', {
      compartmentId, gatewayId: props.servingBase.apiGatewayId, displayName: `${prefix}-governance`, pathPrefix: this.pathPrefix,
      specification: {
        requestPolicies: { authentication: authenticationPolicy(props.authentication), rateLimiting: rateLimitingPolicy(props) },
        loggingPolicies: { accessLog: { isEnabled: true }, executionLog: { isEnabled: true, logLevel: 'INFO' } },
        routes: [{
          path: '/{path*}',
          methods: ['ANY'],
          backend: { type: 'ORACLE_FUNCTIONS_BACKEND', functionId: this.functionId },
          requestPolicies: {
            // Identity comes from the authenticated context only: whatever the client sent is overwritten.
            headerTransformations: {
              setHeaders: {
                items: [
                  { name: 'X-Governance-Actor', values: [fromContext(actorKey)], ifExists: 'OVERWRITE' },
                  { name: 'X-Governance-Groups', values: [fromContext(groupsKey)], ifExists: 'OVERWRITE' },
                ],
              },
            },
          },
        }],
      },
    });
    apiDeploymentLogs(this, { logGroupId: props.logGroupId, deploymentId: this.deployment.id, displayName: `${prefix}-governance` });

    if (props.defineIam ?? true) {
      const name = `${prefix}-governance-fn`;
      this.dynamicGroup = new IdentityDynamicGroup(this, 'DynamicGroup', {
        compartmentId: props.tenancyId, name, description: 'The governance function', matchingRule: MatchingRule.resourceId(this.functionId).toString(),
      });
      const subject = PolicySubject.dynamicGroup(name);
      const location = PolicyLocation.compartmentId(compartmentId);
      const bucket = PolicyCondition.eq('target.bucket.name', this.anchorBucket.bucketName);
      const anchorAccess = PolicyCondition.any(
        PolicyCondition.eq('request.permission', 'OBJECT_CREATE'),
        PolicyCondition.eq('request.permission', 'OBJECT_INSPECT'),
        PolicyCondition.eq('request.permission', 'OBJECT_READ'),
      );
      const statements = [
        // Publish governance events (PublishMessage).
        new PolicyStatement({ subject, verb: 'use', resource: 'ons-topics', location }),
        // Write anchors (PutObject with If-None-Match) and read the newest (ListObjects, GetObject); never delete or overwrite.
        new PolicyStatement({ subject, verb: 'manage', resource: 'objects', location, where: PolicyCondition.all(bucket, anchorAccess) }),
        // The database password, from its one secret (GetSecretBundle).
        new PolicyStatement({ subject, verb: 'read', resource: 'secret-bundles', location, where: PolicyCondition.eq('target.secret.id', passwordSecretId) }),
      ];
      // The mTLS wallet of this database only (GenerateAutonomousDatabaseWallet needs AUTONOMOUS_DATABASE_CONTENT_READ, which read grants).
      if (this.database.mtlsRequired) {
        statements.push(autonomousDatabaseWalletStatement(subject, location, this.database.autonomousDatabaseId));
      }
      // ModelGovernance state in the model catalog (GetModel, UpdateModel).
      if (catalogUpdates) statements.push(new PolicyStatement({ subject, verb: 'use', resource: 'data-science-models', location }));
      this.policy = new IdentityPolicy(this, 'Policy', {
        compartmentId, name, description: 'ModelGovernance function: events, audit anchors, database password, model catalog',
        statements: statements.map(String), dependsOn: [this.dynamicGroup],
      });
    }
  }
}

function approvalPolicyChecks(policy: GovernanceApprovalPolicy | undefined) {
  const group = /^[A-Za-z0-9._ -]{1,100}$/;
  const groups = Object.entries({ ...policy?.approverGroups, operatorGroup: policy?.operatorGroup, adminGroup: policy?.adminGroup }).filter(([, v]) => v !== undefined);
  const badGroup = groups.find(([, v]) => !group.test(v!));
  const badType = Object.entries(policy?.requiredApprovals ?? {}).flatMap(([tier, types]) => (types ?? []).filter((t) => !(APPROVAL_TYPES as readonly string[]).includes(t)).map((t) => `${tier}: ${t}`))[0];
  return [
    { fails: () => badGroup !== undefined, message: () => `approvalPolicy group ${badGroup![0]} must be 1-100 letters, digits, ".", "_", "-" or spaces, got ${JSON.stringify(badGroup![1])}` },
    { fails: () => badType !== undefined, message: () => `approvalPolicy.requiredApprovals must list ${APPROVAL_TYPES.join(', ')}, got ${JSON.stringify(badType)}` },
  ];
}

/** The approval policy as the runtime's YAML (snake_case keys; JSON is YAML and keeps the config small), or undefined when nothing differs from the defaults. */
function approvalPolicyYaml(policy: GovernanceApprovalPolicy | undefined): string | undefined {
  if (policy === undefined) return undefined;
  const doc: Record<string, unknown> = {};
  if (policy.approverGroups && Object.keys(policy.approverGroups).length) doc.approver_groups = policy.approverGroups;
  if (policy.requiredApprovals && Object.keys(policy.requiredApprovals).length) doc.required_approvals = policy.requiredApprovals;
  if (policy.operatorGroup !== undefined) doc.operator_group = policy.operatorGroup;
  if (policy.adminGroup !== undefined) doc.admin_group = policy.adminGroup;
  return Object.keys(doc).length ? JSON.stringify(doc) : undefined;
}
