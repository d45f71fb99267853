import { Token } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import {
  ApigatewayDeployment, type ApigatewayDeploymentSpecification, type ApigatewayDeploymentSpecificationRoutes,
} from '../../.gen/providers/oci/apigateway-deployment';
import { type LoggingLog } from '../../.gen/providers/oci/logging-log';
import { apiDeploymentLogs } from '../observability/service-log';
import { mismatches, outside, runChecks } from '../private/checks';
import { type ApiAuthentication, authenticationPolicy, validateApiAuthentication } from '../serving/api-authentication';
import { type ApiRateLimitProps, RATE_LIMIT_CHECKS, rateLimitingPolicy } from '../serving/api-rate-limit';

/** Where the gateway sends one route's requests. */
export type RouteBackend =
  | { readonly type: 'function'; readonly functionId: string }
  | { readonly type: 'http'; readonly url: string };

/** One route an endpoint registers. */
export interface EndpointRoute {
  /** Path in the deployment, `/models/<name>/predict`. */
  readonly path: string;
  readonly backend: RouteBackend;
  /** Seconds the gateway waits for the backend's answer, 1-300. */
  readonly readTimeoutSec: number;
  /** The construct that owns the route, named in clash errors. */
  readonly owner: IConstruct;
}

export interface EndpointRoutesProps extends ApiRateLimitProps {
  /** Compartment of the API deployment. */
  readonly compartmentId: string;
  /** API Gateway the deployment runs on (the platform's). */
  readonly gatewayId: string;
  /**
   * Compartment of the gateway, where oci_apigateway posts the route metrics.
   * @default - compartmentId
   */
  readonly gatewayCompartmentId?: string;
  /**
   * Path prefix of the deployment on the gateway, e.g. `/fraud-detection`; unique per gateway.
   */
  readonly pathPrefix: string;
  /** Display name of the deployment. */
  readonly displayName: string;
  /**
   * How callers authenticate: a JWT or an authorizer function. `'none'` defines anonymous routes,
   * which the policy rule MLOPS-4 (ApiDeploymentAuthenticated) reports as an error unless you call
   * `Governance.suppress(routes, [{ id: 'MLOPS-4', reason }])` with your reason.
   */
  readonly authentication: ApiAuthentication | 'none';
  /**
   * Origins browsers may call from (CORS); empty turns CORS off (server-to-server callers need none).
   * @default []
   */
  readonly corsAllowedOrigins?: readonly string[];
  /**
   * Seconds browsers may cache a CORS preflight answer, 0-86400.
   * @default 600
   */
  readonly corsMaxAgeSec?: number;
  /** Log group of the deployment's access and execution logs. */
  readonly logGroupId: string;
  /**
   * Retention of the access and execution logs in days (30, 60, ... 180).
   * @default 90
   */
  readonly logRetentionDays?: number;
  /**
   * Lowest level the execution log records: `INFO`, `WARN` or `ERROR`.
   * @default 'WARN'
   */
  readonly executionLogLevel?: 'INFO' | 'WARN' | 'ERROR';
}

/** Deployments defined per App, keyed by gateway then path prefix, for clash checks across teams. */
const prefixesPerApp = new WeakMap<IConstruct, Map<string, Map<string, string>>>();

/**
 * Defines an API Gateway deployment that model endpoints register their routes into: one per team
 * (or per group of endpoints) on the platform's gateway, with authentication required, rate
 * limiting, optional CORS, and access and execution logs. Routes must not clash: two endpoints on
 * the same path of one deployment, or two deployments with the same prefix on one gateway, fail
 * in the constructor.
 */
export class EndpointRoutes extends Construct {
  readonly resource: ApigatewayDeployment;
  readonly deploymentId: string;
  readonly gatewayId: string;
  readonly gatewayCompartmentId: string;
  readonly pathPrefix: string;
  /** Base URL of the deployment (`https://<gateway host><pathPrefix>`). */
  readonly deploymentEndpoint: string;
  readonly accessLog: LoggingLog;
  readonly executionLog: LoggingLog;
  private readonly routes: EndpointRoute[] = [];
  private readonly requestPolicies: ApigatewayDeploymentSpecification['requestPolicies'];
  private readonly anonymous: boolean;
  private readonly executionLogLevel: string;

  constructor(scope: Construct, id: string, props: EndpointRoutesProps) {
    super(scope, id);
    const origins = props.corsAllowedOrigins ?? [];
    const badOrigin = origins.find((o) => o !== '*' && !/^https?:\/\/[A-Za-z0-9.*-]+(:\d+)?$/.test(o));
    runChecks(this.node.path, props, [
      { fails: (p) => mismatches(p.pathPrefix, /^\/[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/), message: (p) => `pathPrefix must be "/" followed by lowercase segments (e.g. "/fraud-detection"), got ${JSON.stringify(p.pathPrefix)}` },
      ...RATE_LIMIT_CHECKS,
      { fails: (p) => outside(p.corsMaxAgeSec, 0, 86400), message: (p) => `corsMaxAgeSec must be an integer from 0 to 86400, got ${p.corsMaxAgeSec}` },
      { fails: () => badOrigin !== undefined, message: () => `corsAllowedOrigins must hold "*" or origins like "https://app.example.com", got ${JSON.stringify(badOrigin)}` },
      { fails: (p) => p.authentication !== 'none' && typeof p.authentication !== 'object', message: (p) => `authentication must be a jwt or function ApiAuthentication, or "none" (with a MLOPS-4 suppression), got ${JSON.stringify(p.authentication)}` },
    ]);
    if (props.authentication !== 'none') validateApiAuthentication(this.node.path, 'authentication', props.authentication);
    this.registerPrefix(props.gatewayId, props.pathPrefix);

    this.anonymous = props.authentication === 'none';
    this.executionLogLevel = props.executionLogLevel ?? 'WARN';
    this.requestPolicies = {
      authentication: props.authentication === 'none' ? undefined : authenticationPolicy(props.authentication),
      rateLimiting: rateLimitingPolicy(props),
      cors: origins.length
        ? { allowedOrigins: [...origins], allowedMethods: ['POST', 'OPTIONS'], allowedHeaders: ['Authorization', 'Content-Type'], maxAgeInSeconds: props.corsMaxAgeSec ?? 600, isAllowCredentialsEnabled: false }
        : undefined,
    };
    this.resource = new ApigatewayDeployment(this, 'Resource', {
      compartmentId: props.compartmentId,
      gatewayId: props.gatewayId,
      pathPrefix: props.pathPrefix,
      displayName: props.displayName,
      specification: this.specification(),
    });
    this.deploymentId = this.resource.id;
    this.gatewayId = props.gatewayId;
    this.gatewayCompartmentId = props.gatewayCompartmentId ?? props.compartmentId;
    this.pathPrefix = props.pathPrefix;
    this.deploymentEndpoint = this.resource.endpoint;
    ({ accessLog: this.accessLog, executionLog: this.executionLog } = apiDeploymentLogs(this, {
      logGroupId: props.logGroupId, deploymentId: this.resource.id, displayName: props.displayName, retentionDays: props.logRetentionDays,
    }));
    this.node.addValidation({ validate: () => (this.routes.length ? [] : [`EndpointRoutes ${this.node.path} has no route: pass it as "routes" to at least one ModelEndpoint`]) });
  }

  /** Paths registered so far, in order. */
  get routePaths(): string[] {
    return this.routes.map((r) => r.path);
  }

  /**
   * Adds a route (ModelEndpoint calls this).
   *
   * @throws Error when the path is taken in this deployment, naming both owners
   */
  addRoute(route: EndpointRoute): void {
    const clash = this.routes.find((r) => !Token.isUnresolved(r.path) && r.path === route.path);
    if (clash) {
      throw new Error(`${route.owner.node.path}: routePath must be unique in the deployment ${this.node.path} (prefix ${this.pathPrefix}), got ${JSON.stringify(route.path)} which ${clash.owner.node.path} already serves`);
    }
    this.routes.push(route);
    this.resource.putSpecification(this.specification());
  }

  private specification(): ApigatewayDeploymentSpecification {
    return {
      requestPolicies: this.requestPolicies,
      loggingPolicies: { accessLog: { isEnabled: true }, executionLog: { isEnabled: true, logLevel: this.executionLogLevel } },
      routes: this.routes.map((r): ApigatewayDeploymentSpecificationRoutes => ({
        path: r.path,
        methods: ['POST'],
        backend: r.backend.type === 'function'
          ? { type: 'ORACLE_FUNCTIONS_BACKEND', functionId: r.backend.functionId }
          : { type: 'HTTP_BACKEND', url: r.backend.url, connectTimeoutInSeconds: 5, readTimeoutInSeconds: r.readTimeoutSec, sendTimeoutInSeconds: 10 },
        requestPolicies: { authorization: { type: this.anonymous ? 'ANONYMOUS' : 'AUTHENTICATION_ONLY' } },
      })),
    };
  }

  private registerPrefix(gatewayId: string, prefix: string): void {
    const root = this.node.root;
    let gateways = prefixesPerApp.get(root);
    if (!gateways) prefixesPerApp.set(root, (gateways = new Map()));
    let prefixes = gateways.get(gatewayId);
    if (!prefixes) gateways.set(gatewayId, (prefixes = new Map()));
    const other = prefixes.get(prefix);
    if (other !== undefined) {
      throw new Error(`${this.node.path}: pathPrefix must be unique on the gateway, got ${JSON.stringify(prefix)} which ${other} already uses`);
    }
    prefixes.set(prefix, this.node.path);
  }
}
