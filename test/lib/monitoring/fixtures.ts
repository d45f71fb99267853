import { type Construct } from 'constructs';
import { ModelEndpointBase } from '../../../lib/endpoint/model-endpoint-base';

export const TEAM = 'ocid1.compartment.oc1..aaaaaaaat2yb3ksfk7rj3nqv5hxlwp6mqg4d2ce5ozubn7ifaxe3lrvhm4sa';
export const PLATFORM = 'ocid1.compartment.oc1..aaaaaaaam3vx7dlqe5ohk2ytw4nrb6zcjf8spg5ua2lxi3tqdkwe9nmcbh7a';
export const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a';
export const TOPICS = {
  critical: 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaacriticalcriticalcritical',
  warning: 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaawarningwarningwarning',
  info: 'ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaainfoinfoinfoinfoinfo',
};
export const FUNCTION_ID = 'ocid1.fnfunc.oc1.eu-frankfurt-1.aaaaaaaascorerscorerscorer';
export const LOG_ID = 'ocid1.log.oc1.eu-frankfurt-1.amaaaaaafraudscorerlogfraudscorerlog';

/** A functions-target endpoint with the real metric methods of ModelEndpointBase. */
export class TestEndpoint extends ModelEndpointBase {
  readonly target = 'functions' as const;
  readonly functionId = FUNCTION_ID;
  readonly clusterId = undefined;
  readonly kubernetesNamespace = undefined;
  readonly kubernetesManifests = undefined;
  readonly modelDeploymentId = undefined;
  readonly predictionLogId: string;

  constructor(scope: Construct, id: string, name = 'fraud-scorer', version = '2', logId = LOG_ID) {
    super(scope, id, { endpointName: name, modelName: name, modelVersion: version, compartmentId: TEAM });
    this.predictionLogId = logId;
  }
}
