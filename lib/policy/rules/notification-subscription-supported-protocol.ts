import { type IConstruct } from 'constructs';
import { OnsSubscription } from '../../../.gen/providers/oci/ons-subscription';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * A notification subscription does not use the deprecated `HTTPS` protocol: OCI Notifications keeps
 * it for PagerDuty only and refuses any other URL at apply time. Custom HTTPS endpoints use
 * `CUSTOM_HTTPS`, PagerDuty `PAGERDUTY`, Slack `SLACK`.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the protocol is a token
 */
export function notificationSubscriptionSupportedProtocol(node: IConstruct): RuleResult {
  if (!(node instanceof OnsSubscription)) return 'NOT_APPLICABLE';
  const protocol = node.protocolInput;
  if (protocol === undefined || isToken(protocol)) return 'NOT_APPLICABLE';
  return protocol.trim().toUpperCase() === 'HTTPS' ? 'NON_COMPLIANT' : 'COMPLIANT';
}
