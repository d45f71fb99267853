import { type Construct } from 'constructs';
import { LoggingLog } from '../../.gen/providers/oci/logging-log';

export interface ServiceLogProps {
  readonly logGroupId: string;
  /** OCI service emitting the log: `functions`, `apigateway`, `devops`, `flowlogs`, `datascience`... */
  readonly service: string;
  /** Log category of that service: `invoke`, `access`, `execution`, `all`... */
  readonly category: string;
  /** OCID of the resource whose logs to collect. */
  readonly resourceId: string;
  readonly displayName: string;
  /**
   * Retention in days, a multiple of 30 up to 180.
   * @default 90
   */
  readonly retentionDays?: number;
}

/** Defines an OCI Logging service log: the logs a service writes about one resource. */
export function serviceLog(scope: Construct, id: string, props: ServiceLogProps): LoggingLog {
  const retention = props.retentionDays ?? 90;
  if (retention % 30 !== 0 || retention < 30 || retention > 180) {
    throw new Error(`${scope.node.path}/${id}: retentionDays must be 30, 60, 90, 120, 150 or 180, got ${retention}`);
  }
  return new LoggingLog(scope, id, {
    logGroupId: props.logGroupId,
    displayName: props.displayName,
    logType: 'SERVICE',
    isEnabled: true,
    retentionDuration: retention,
    configuration: { source: { category: props.category, resource: props.resourceId, service: props.service, sourceType: 'OCISERVICE' } },
  });
}

export interface ApiDeploymentLogsProps {
  readonly logGroupId: string;
  /** OCID of the API Gateway deployment. */
  readonly deploymentId: string;
  /** Log names are `<displayName>-access` and `<displayName>-execution`. */
  readonly displayName: string;
  /**
   * Retention in days, a multiple of 30 up to 180.
   * @default 90
   */
  readonly retentionDays?: number;
}

/**
 * Defines the access and execution logs of an API Gateway deployment (construct ids `AccessLog`
 * and `ExecutionLog` under `scope`).
 */
export function apiDeploymentLogs(scope: Construct, props: ApiDeploymentLogsProps): { accessLog: LoggingLog; executionLog: LoggingLog } {
  const base = { logGroupId: props.logGroupId, service: 'apigateway', resourceId: props.deploymentId, retentionDays: props.retentionDays };
  return {
    accessLog: serviceLog(scope, 'AccessLog', { ...base, category: 'access', displayName: `${props.displayName}-access` }),
    executionLog: serviceLog(scope, 'ExecutionLog', { ...base, category: 'execution', displayName: `${props.displayName}-execution` }),
  };
}
