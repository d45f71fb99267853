import { type IConstruct } from 'constructs';
import { FunctionsApplication } from '../../../.gen/providers/oci/functions-application';
import { type RuleResult } from '../rule';
import { combineVerdicts } from '../private/combine';
import { subnetExposure } from '../private/subnet-exposure';
import { isToken } from '../private/tokens';

/**
 * A Functions application runs only in private subnets: every entry of `subnet_ids` references a
 * subnet of the same stack with `prohibit_public_ip_on_vnic = true`.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs, a token list, and subnets not defined in the stack (unless another is public)
 */
export function functionsApplicationPrivateSubnet(node: IConstruct): RuleResult {
  if (!(node instanceof FunctionsApplication)) return 'NOT_APPLICABLE';
  const ids = node.subnetIdsInput;
  if (ids === undefined || isToken(ids)) return 'NOT_APPLICABLE';
  return combineVerdicts(ids.map((id) => {
    const exposure = subnetExposure(node, id);
    return exposure === 'private' ? 'pass' : exposure === 'public' ? 'fail' : 'unknown';
  }));
}
