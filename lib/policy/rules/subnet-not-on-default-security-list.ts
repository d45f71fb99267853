import { type IConstruct } from 'constructs';
import { CoreSubnet } from '../../../.gen/providers/oci/core-subnet';
import { type RuleResult } from '../rule';
import { isToken, resourceReferences } from '../private/tokens';

/**
 * A subnet does not use its VCN's default security list: `security_list_ids` is set, not empty,
 * and none of its entries references a VCN's `default_security_list_id`.
 *
 * OCI attaches the default security list when `security_list_ids` is omitted; that list admits SSH
 * from 0.0.0.0/0 unless someone has edited it. Subnets that rely on NSGs still need an explicit
 * (possibly rule-less) security list.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the whole list is a token
 */
export function subnetNotOnDefaultSecurityList(node: IConstruct): RuleResult {
  if (!(node instanceof CoreSubnet)) return 'NOT_APPLICABLE';
  const ids = node.securityListIdsInput;
  if (ids === undefined) return 'NON_COMPLIANT';
  if (isToken(ids)) return 'NOT_APPLICABLE';
  if (ids.length === 0) return 'NON_COMPLIANT';
  const usesDefault = ids.some((id) => resourceReferences(node, id).some((r) => r.attribute === 'default_security_list_id'));
  return usesDefault ? 'NON_COMPLIANT' : 'COMPLIANT';
}
