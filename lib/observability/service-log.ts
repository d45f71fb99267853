import { Token } from 'cdktf';
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
  /**
   * Compartment of the log's source resource.
   * @default - the log group's compartment
   */
  readonly compartmentId?: string;
}

/**
 * Null when `days` is a log retention OCI Logging offers (a multiple of 30 up to 180, or a token);
 * else the message, naming `prop`.
 */
export function logRetentionProblem(prop: string, days: number): string | null {
  if (Token.isUnresolved(days) || (days % 30 === 0 && days >= 30 && days <= 180)) return null;
  return `${prop} must be 30, 60, 90, 120, 150 or 180, got ${days}`;
}

/** Defines an OCI Logging service log: the logs a service writes about one resource. */
export function serviceLog(scope: Construct, id: string, props: ServiceLogProps): LoggingLog {
  const retention = props.retentionDays ?? 90;
  const problem = logRetentionProblem('retentionDays', retention);
  if (problem) throw new Error(`${scope.node.path}/${id}: ${problem}`);
  return new LoggingLog(scope, id, {
    logGroupId: props.logGroupId,
    displayName: props.displayName,
    logType: 'SERVICE',
    isEnabled: true,
    retentionDuration: retention,
    configuration: {
      compartmentId: props.compartmentId,
      source: { category: props.category, resource: props.resourceId, service: props.service, sourceType: 'OCISERVICE' },
    },
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
