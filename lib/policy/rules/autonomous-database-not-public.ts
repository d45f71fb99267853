import { type IConstruct } from 'constructs';
import { DatabaseAutonomousDatabase } from '../../../.gen/providers/oci/database-autonomous-database';
import { type RuleResult } from '../rule';
import { combineVerdicts, type Verdict } from '../private/combine';
import { isConfigured, isToken } from '../private/tokens';

/**
 * An Autonomous Database (Serverless) is not reachable from the whole internet: it has a private
 * endpoint (`subnet_id`) or a non-empty access control list (`whitelisted_ips`), and neither ACL
 * (`whitelisted_ips`, `standby_whitelisted_ips`) holds an entry open to every address (`0.0.0.0/0`,
 * `::/0`). Entries scoped to a VCN (`<vcn ocid>;<cidr>`) only admit that VCN's traffic.
 *
 * Databases on dedicated Exadata infrastructure (`is_dedicated = true`) always live in a VCN.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs, dedicated databases, and when a deciding value is a token
 */
export function autonomousDatabaseNotPublic(node: IConstruct): RuleResult {
  if (!(node instanceof DatabaseAutonomousDatabase)) return 'NOT_APPLICABLE';
  const dedicated = node.isDedicatedInput;
  if (isToken(dedicated)) return 'NOT_APPLICABLE';
  if (dedicated === true) return 'NOT_APPLICABLE';
  const acl = node.whitelistedIpsInput;
  const lists = [acl, node.standbyWhitelistedIpsInput];
  if (lists.some(isToken)) return 'NOT_APPLICABLE';
  const openEntries = combineVerdicts(lists.flatMap((list) => (list ?? []).map(entryVerdict)));
  if (openEntries !== 'COMPLIANT') return openEntries;
  const hasAcl = (acl ?? []).some(isConfigured);
  return isConfigured(node.subnetIdInput) || hasAcl ? 'COMPLIANT' : 'NON_COMPLIANT';
}

/** 'fail' for an ACL entry open to every address. */
function entryVerdict(entry: string): Verdict {
  if (isToken(entry)) return 'unknown';
  const [first, ...rest] = entry.split(';');
  if (rest.length > 0 || first.trim().startsWith('ocid1.vcn.')) return 'pass';
  return /\/0$/.test(first.trim()) ? 'fail' : 'pass';
}
