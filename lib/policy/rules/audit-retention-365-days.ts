import { type IConstruct } from 'constructs';
import { AuditConfiguration } from '../../../.gen/providers/oci/audit-configuration';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/** Days of audit log retention the CIS benchmark asks for (also OCI's maximum). */
const AUDIT_RETENTION_DAYS = 365;

/**
 * The tenancy's audit configuration keeps audit events for 365 days (`retention_period_days`).
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the period is a token
 */
export function auditRetention365Days(node: IConstruct): RuleResult {
  if (!(node instanceof AuditConfiguration)) return 'NOT_APPLICABLE';
  const days = node.retentionPeriodDaysInput;
  if (days === undefined || isToken(days)) return 'NOT_APPLICABLE';
  return days >= AUDIT_RETENTION_DAYS ? 'COMPLIANT' : 'NON_COMPLIANT';
}
