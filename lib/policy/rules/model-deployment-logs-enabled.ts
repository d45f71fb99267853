import { type IConstruct } from 'constructs';
import { DatascienceModelDeployment } from '../../../.gen/providers/oci/datascience-model-deployment';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * A model deployment writes both access and predict logs: `category_log_details` sets `access` and
 * `predict` (each a log group and log).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the log details are a token
 */
export function modelDeploymentLogsEnabled(node: IConstruct): RuleResult {
  if (!(node instanceof DatascienceModelDeployment)) return 'NOT_APPLICABLE';
  const details = node.categoryLogDetailsInput;
  if (isToken(details)) return 'NOT_APPLICABLE';
  return details?.access !== undefined && details.predict !== undefined ? 'COMPLIANT' : 'NON_COMPLIANT';
}
