import { type CanaryThresholdsInput } from '../../runtime/canary/canary-thresholds-schema';
import { type IModelEndpoint } from '../endpoint/model-endpoint-base';
import { type ReleaseStrategy } from '../endpoint/model-endpoint-props';
import { type IModelPipeline } from './model-pipeline';

export interface ModelReleaseProps {
  /** The endpoint released (functions or OKE). */
  readonly endpoint: IModelEndpoint;
  /** The model's build pipeline: its project, image artifact and trigger stage. */
  readonly pipeline: IModelPipeline;
  /**
   * The release strategy (ModelEndpoint's `releaseStrategy` names the same choices):
   * `rolling` deploys the new version in place (DEPLOY_FUNCTION or OKE_DEPLOYMENT); `blue-green`
   * deploys green beside blue, validates it with test traffic, switches, and keeps blue for the
   * rollback window (functions: then promotes blue and switches back); `canary` (OKE only) shifts
   * traffic in steps through the NGINX ingress with the canary gate between steps.
   * @default 'rolling'
   */
  readonly strategy?: ReleaseStrategy;
  /**
   * Approvals a MANUAL_APPROVAL stage waits for, 0-5 (0: no approval stage). A canary release asks
   * for them before production (OKE_CANARY_APPROVAL), the others before the first deployment.
   * @default 0
   */
  readonly requiredApprovals?: number;
  /**
   * Canary traffic steps in percent, strictly increasing, ending at 100 (the production deployment).
   * @default [10, 50, 100]
   */
  readonly canarySteps?: readonly number[];
  /** Thresholds of the canary gate (schema runtime/canary/canary-thresholds-schema.ts); required for canary. @default - none */
  readonly canaryThresholds?: CanaryThresholdsInput;
  /** The canary-gate function (functions/canary-gate); required for canary. @default - none */
  readonly canaryGateFunctionId?: string;
  /**
   * Canary: fail a step whose gate decision could not be recorded in the governance audit trail.
   * @default - the gate function's setting (MlopsPlatform `canaryGateRequireGovernanceRecord`)
   */
  readonly requireGovernanceRecord?: boolean;
  /** The JSON test request sent to green before the switch; required for blue-green. @default - none */
  readonly validationPayload?: string;
  /** OKE blue-green: the function that sends `validationPayload` to the green namespace's service. @default - none */
  readonly validationFunctionId?: string;
  /** Functions blue-green: the standby (green) function in the same application. @default - none */
  readonly greenFunctionId?: string;
  /** Functions blue-green: the API Gateway deployment holding the endpoint's route. @default - none */
  readonly apiGatewayDeploymentId?: string;
  /**
   * Minutes blue is kept after the switch, 1-1440.
   * @default 30
   */
  readonly rollbackWindowMinutes?: number;
  /**
   * Private subnet for the OKE environment's private endpoint channel and the shell stages' container instances.
   * @default - none: the cluster is reached through its public API endpoint; functions blue-green needs it
   */
  readonly subnetId?: string;
  /**
   * Name of the endpoint's Ingress in the manifests (the NGINX canary / blue-green strategy edits it).
   * @default - the endpoint name
   */
  readonly ingressName?: string;
}
