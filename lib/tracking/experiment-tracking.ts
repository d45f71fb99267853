import { Construct } from 'constructs';
import { ApigatewayDeployment } from '../../.gen/providers/oci/apigateway-deployment';
import { ContainerInstancesContainerInstance } from '../../.gen/providers/oci/container-instances-container-instance';
import { PsqlDbSystem } from '../../.gen/providers/oci/psql-db-system';
import { VaultSecret } from '../../.gen/providers/oci/vault-secret';
import { apiDeploymentLogs } from '../observability/service-log';
import { firstAvailabilityDomain } from '../private/availability-domain';
import { outside, runChecks } from '../private/checks';
import { ocirImageProblem } from '../private/ocir';
import { databasePasswordGeneration } from '../security/database-password-generation';
import { type IPlatformVault } from '../security/platform-vault';
import { authenticationPolicy, type ApiAuthentication, validateApiAuthentication } from '../serving/api-authentication';
import { type ApiRateLimitProps, RATE_LIMIT_CHECKS, rateLimitingPolicy } from '../serving/api-rate-limit';
import { SecureBucket } from '../storage/secure-bucket';

/** Port the MLflow server listens on inside its container. */
export const MLFLOW_PORT = 5000;

/** ExperimentTracking's props; the rate limit (ApiRateLimitProps) applies to the tracking route. */
export interface ExperimentTrackingProps extends ApiRateLimitProps {
  readonly compartmentId: string;
  /**
   * OCIR image of the tracking server: MLflow with the `oci-mlflow` plugin and PostgreSQL driver,
   * started by runtime/mlflow-server/entrypoint.sh (see docs/experiment-tracking.md).
   */
  readonly image: string;
  /** Private subnet of the server container. */
  readonly subnetId: string;
  /** NSGs of the server container. @default - none */
  readonly nsgIds?: readonly string[];
  /** Private subnet of the database (no internet route). */
  readonly dataSubnetId: string;
  /** NSGs of the database. @default - none */
  readonly dataNsgIds?: readonly string[];
  /** Vault and key that hold and encrypt the database password and the artifacts. */
  readonly vault: IPlatformVault;
  /** API Gateway that exposes the server. */
  readonly apiGatewayId: string;
  /** How callers of the tracking API authenticate (JWT or an authorizer function); required, never anonymous. */
  readonly authentication: ApiAuthentication;
  /** Log group of the route's access and execution logs. */
  readonly logGroupId: string;
  /**
   * Name prefix; the artifact bucket is `<namePrefix>-mlflow-artifacts`.
   * @default 'mlops'
   */
  readonly namePrefix?: string;
  /**
   * Path prefix of the route on the gateway.
   * @default '/mlflow'
   */
  readonly pathPrefix?: string;
  /** OCPUs of the server container, 1-8. @default 1 */
  readonly serverOcpus?: number;
  /** Memory of the server container in GB, 1-64. @default 8 */
  readonly serverMemoryGb?: number;
  /** OCPUs per database instance, 1-64. @default 2 */
  readonly databaseOcpus?: number;
  /** Memory per database instance in GB, 16-1024. @default 32 */
  readonly databaseMemoryGb?: number;
  /** Days of automatic database backups, 1-35. @default 7 */
  readonly backupRetentionDays?: number;
}

/**
 * Defines experiment tracking: an MLflow server on OCI Container Instances in a private subnet, its
 * backend store on OCI Database with PostgreSQL, artifacts in an encrypted bucket, the database
 * password generated inside Vault (it never appears in Terraform state), reachable only through an
 * authenticated API Gateway route with access and execution logs.
 */
export class ExperimentTracking extends Construct {
  readonly server: ContainerInstancesContainerInstance;
  readonly database: PsqlDbSystem;
  readonly passwordSecret: VaultSecret;
  readonly artifacts: SecureBucket;
  readonly deployment: ApigatewayDeployment;
  /** Path of the tracking API on the gateway (`MLFLOW_TRACKING_URI = https://<gateway host><pathPrefix>`). */
  readonly pathPrefix: string;

  constructor(scope: Construct, id: string, props: ExperimentTrackingProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? 'mlops';
    this.pathPrefix = props.pathPrefix ?? '/mlflow';
    const image = ocirImageProblem('image', props.image);
    runChecks(this.node.path, props, [
      { fails: () => image !== null, message: () => image! },
      { fails: () => !/^\/[a-z0-9-]+$/.test(this.pathPrefix), message: () => `pathPrefix must be "/" and lowercase letters, digits or "-", got ${JSON.stringify(this.pathPrefix)}` },
      { fails: (p) => outside(p.serverOcpus, 1, 8), message: (p) => `serverOcpus must be an integer from 1 to 8, got ${p.serverOcpus}` },
      { fails: (p) => outside(p.serverMemoryGb, 1, 64), message: (p) => `serverMemoryGb must be an integer from 1 to 64, got ${p.serverMemoryGb}` },
      { fails: (p) => outside(p.databaseOcpus, 1, 64), message: (p) => `databaseOcpus must be an integer from 1 to 64, got ${p.databaseOcpus}` },
      { fails: (p) => outside(p.databaseMemoryGb, 16, 1024), message: (p) => `databaseMemoryGb must be an integer from 16 to 1024, got ${p.databaseMemoryGb}` },
      { fails: (p) => outside(p.backupRetentionDays, 1, 35), message: (p) => `backupRetentionDays must be an integer from 1 to 35, got ${p.backupRetentionDays}` },
      ...RATE_LIMIT_CHECKS,
    ]);
    validateApiAuthentication(this.node.path, 'authentication', props.authentication);
    const compartmentId = props.compartmentId;

    this.passwordSecret = new VaultSecret(this, 'DatabasePassword', {
      compartmentId, vaultId: props.vault.vaultId, keyId: props.vault.keyId, secretName: `${prefix}-mlflow-db-password`,
      description: 'Password of the MLflow backend store, generated by Vault',
      enableAutoGeneration: true,
      secretGenerationContext: databasePasswordGeneration('postgresql'),
    });
    this.database = new PsqlDbSystem(this, 'Database', {
      compartmentId, displayName: `${prefix}-mlflow-db`, description: 'MLflow backend store',
      dbVersion: '16', shape: 'PostgreSQL.VM.Standard.E5.Flex',
      instanceOcpuCount: props.databaseOcpus ?? 2, instanceMemorySizeInGbs: props.databaseMemoryGb ?? 32, instanceCount: 1,
      networkDetails: { subnetId: props.dataSubnetId, nsgIds: props.dataNsgIds ? [...props.dataNsgIds] : undefined },
      storageDetails: { systemType: 'OCI_OPTIMIZED_STORAGE', isRegionallyDurable: true },
      credentials: { username: 'mlflow', passwordDetails: { passwordType: 'VAULT_SECRET', secretId: this.passwordSecret.id, secretVersion: '1' } },
      managementPolicy: { backupPolicy: { kind: 'DAILY', backupStart: '02:00', retentionDays: props.backupRetentionDays ?? 7 } },
    });
    this.artifacts = new SecureBucket(this, 'Artifacts', { compartmentId, bucketName: `${prefix}-mlflow-artifacts`, kmsKeyId: props.vault.keyId });

    this.server = new ContainerInstancesContainerInstance(this, 'Server', {
      compartmentId, displayName: `${prefix}-mlflow`,
      availabilityDomain: firstAvailabilityDomain(this, compartmentId),
      shape: 'CI.Standard.E4.Flex',
      shapeConfig: { ocpus: props.serverOcpus ?? 1, memoryInGbs: props.serverMemoryGb ?? 8 },
      containerRestartPolicy: 'ALWAYS',
      vnics: [{ subnetId: props.subnetId, isPublicIpAssigned: false, nsgIds: props.nsgIds ? [...props.nsgIds] : undefined }],
      containers: [{
        displayName: 'mlflow',
        imageUrl: props.image,
        // The entrypoint reads the password from Vault with the instance's resource principal.
        environmentVariables: {
          MLFLOW_DB_HOST: this.database.networkDetails.primaryDbEndpointPrivateIp,
          MLFLOW_DB_USER: 'mlflow',
          MLFLOW_DB_NAME: 'postgres',
          MLFLOW_DB_PASSWORD_SECRET_ID: this.passwordSecret.id,
          MLFLOW_ARTIFACTS_DESTINATION: `oci://${this.artifacts.bucketName}@${this.artifacts.namespace}/`,
          MLFLOW_STATIC_PREFIX: this.pathPrefix,
          MLFLOW_PORT: String(MLFLOW_PORT),
        },
        healthChecks: [{ healthCheckType: 'HTTP', path: `${this.pathPrefix}/health`, port: MLFLOW_PORT, intervalInSeconds: 30, failureThreshold: 3, failureAction: 'KILL' }],
        securityContext: { securityContextType: 'LINUX', isNonRootUserCheckEnabled: true, runAsUser: 1000, runAsGroup: 1000 },
      }],
    });
    const serverIp = this.server.vnics.get(0).privateIp;
    this.deployment = new ApigatewayDeployment(this, 'Route', {
      compartmentId, gatewayId: props.apiGatewayId, displayName: `${prefix}-mlflow`, pathPrefix: this.pathPrefix,
      specification: {
        requestPolicies: { authentication: authenticationPolicy(props.authentication), rateLimiting: rateLimitingPolicy(props) },
        loggingPolicies: { accessLog: { isEnabled: true }, executionLog: { isEnabled: true, logLevel: 'INFO' } },
        routes: [{
          path: '/{path*}',
          methods: ['ANY'],
          // `$${...}` is a literal `${...}` for API Gateway, not a Terraform interpolation.
          backend: { type: 'HTTP_BACKEND', url: `http://${serverIp}:${MLFLOW_PORT}${this.pathPrefix}/$\${request.path[path]}`, connectTimeoutInSeconds: 10, readTimeoutInSeconds: 60, sendTimeoutInSeconds: 60 },
        }],
      },
    });
    apiDeploymentLogs(this, { logGroupId: props.logGroupId, deploymentId: this.deployment.id, displayName: `${prefix}-mlflow` });
  }
}
