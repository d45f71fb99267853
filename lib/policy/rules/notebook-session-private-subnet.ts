import { type IConstruct } from 'constructs';
import { DatascienceNotebookSession } from '../../../.gen/providers/oci/datascience-notebook-session';
import { type RuleResult } from '../rule';
import { combineVerdicts } from '../private/combine';
import { subnetExposure } from '../private/subnet-exposure';

/**
 * A Data Science notebook session runs in a private subnet of the customer's VCN: its
 * `notebook_session_config_details` (or `notebook_session_configuration_details`) sets `subnet_id`,
 * and that subnet, defined in the same stack, has `prohibit_public_ip_on_vnic = true`.
 *
 * A session without a subnet uses Data Science's default networking (Oracle-managed, with internet
 * egress), which is not compliant.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and for subnets not defined in the stack (literal OCIDs, other stacks)
 */
export function notebookSessionPrivateSubnet(node: IConstruct): RuleResult {
  if (!(node instanceof DatascienceNotebookSession)) return 'NOT_APPLICABLE';
  const subnetId = node.notebookSessionConfigDetailsInput?.subnetId ?? node.notebookSessionConfigurationDetailsInput?.subnetId;
  if (subnetId === undefined) return 'NON_COMPLIANT';
  const exposure = subnetExposure(node, subnetId);
  return combineVerdicts([exposure === 'private' ? 'pass' : exposure === 'public' ? 'fail' : 'unknown']);
}
