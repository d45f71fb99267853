import { Construct } from 'constructs';
import { ApigatewayGateway } from '../../.gen/providers/oci/apigateway-gateway';
import { FunctionsApplication } from '../../.gen/providers/oci/functions-application';
import { type LoggingLog } from '../../.gen/providers/oci/logging-log';
import { serviceLog } from '../observability/service-log';

/** The Functions application and API Gateway that model endpoints attach to. */
export interface IServingBase {
  readonly functionsApplicationId: string;
  readonly apiGatewayId: string;
  /** Host name of the gateway (`<id>.apigateway.<region>.oci.customer-oci.com`). */
  readonly apiGatewayHostname: string;
}

export interface ServingBaseProps {
  readonly compartmentId: string;
  /** Private subnet of the functions. */
  readonly functionsSubnetId: string;
  /** NSGs of the functions. @default - none */
  readonly functionsNsgIds?: readonly string[];
  /** Subnet of the gateway: private by default, the public subnet when enablePublicGateway. */
  readonly gatewaySubnetId: string;
  /** NSGs of the gateway. @default - none */
  readonly gatewayNsgIds?: readonly string[];
  /**
   * Expose the gateway on the internet (its subnet must then be public).
   * @default false
   */
  readonly enablePublicGateway?: boolean;
  /** Log group of the functions' invoke logs. */
  readonly logGroupId: string;
  /**
   * Name prefix.
   * @default 'mlops'
   */
  readonly namePrefix?: string;
  /**
   * Processor architecture of the functions: `GENERIC_X86`, `GENERIC_ARM` or `GENERIC_X86_ARM`.
   * @default 'GENERIC_X86'
   */
  readonly functionsShape?: 'GENERIC_X86' | 'GENERIC_ARM' | 'GENERIC_X86_ARM';
  /**
   * Only run images signed with this key (OCIR image signing, a Vault key OCID).
   * @default - signature verification off
   */
  readonly imageSigningKeyId?: string;
}

/**
 * Defines the serving base: a Functions application in the private subnet with invoke logs on,
 * and an API Gateway (private unless asked) whose deployments carry the model routes.
 */
export class ServingBase extends Construct implements IServingBase {
  readonly functionsApplication: FunctionsApplication;
  readonly apiGateway: ApigatewayGateway;
  readonly invokeLog: LoggingLog;
  readonly functionsApplicationId: string;
  readonly apiGatewayId: string;
  readonly apiGatewayHostname: string;

  constructor(scope: Construct, id: string, props: ServingBaseProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? 'mlops';
    this.functionsApplication = new FunctionsApplication(this, 'FunctionsApplication', {
      compartmentId: props.compartmentId,
      displayName: `${prefix}-functions`,
      subnetIds: [props.functionsSubnetId],
      networkSecurityGroupIds: props.functionsNsgIds ? [...props.functionsNsgIds] : undefined,
      shape: props.functionsShape ?? 'GENERIC_X86',
      imagePolicyConfig: props.imageSigningKeyId
        ? { isPolicyEnabled: true, keyDetails: [{ kmsKeyId: props.imageSigningKeyId }] }
        : undefined,
    });
    this.invokeLog = serviceLog(this, 'FunctionsInvokeLog', {
      logGroupId: props.logGroupId, service: 'functions', category: 'invoke',
      resourceId: this.functionsApplication.id, displayName: `${prefix}-functions-invoke`,
    });
    this.apiGateway = new ApigatewayGateway(this, 'ApiGateway', {
      compartmentId: props.compartmentId,
      displayName: `${prefix}-gateway`,
      endpointType: props.enablePublicGateway ? 'PUBLIC' : 'PRIVATE',
      subnetId: props.gatewaySubnetId,
      networkSecurityGroupIds: props.gatewayNsgIds ? [...props.gatewayNsgIds] : undefined,
    });
    this.functionsApplicationId = this.functionsApplication.id;
    this.apiGatewayId = this.apiGateway.id;
    this.apiGatewayHostname = this.apiGateway.hostname;
  }
}
