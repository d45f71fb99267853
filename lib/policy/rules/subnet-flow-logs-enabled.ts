import { type IConstruct } from 'constructs';
import { CoreSubnet } from '../../../.gen/providers/oci/core-subnet';
import { LoggingLog } from '../../../.gen/providers/oci/logging-log';
import { type RuleResult } from '../rule';
import { constructsInStack } from '../private/stack-lookup';
import { terraformAddress } from '../private/terraform-address';
import { resourceReferences } from '../private/tokens';

/**
 * A subnet has VCN flow logs: the same stack defines an enabled oci_logging_log whose
 * `configuration.source` has service `flowlogs` and a resource that references this subnet's `id`
 * or the `id` of the VCN the subnet belongs to.
 *
 * A cross-resource rule: it reads the other logs of the subnet's stack, never another stack's.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs
 */
export function subnetFlowLogsEnabled(node: IConstruct): RuleResult {
  if (!(node instanceof CoreSubnet)) return 'NOT_APPLICABLE';
  const targets = new Set([terraformAddress(node)]);
  for (const ref of resourceReferences(node, node.vcnIdInput)) {
    if (ref.address.startsWith('oci_core_vcn.') && ref.attribute === 'id') targets.add(ref.address);
  }
  const covered = constructsInStack(node, LoggingLog).some((log) => {
    const source = log.configurationInput?.source;
    if (log.isEnabledInput === false || source?.service !== 'flowlogs') return false;
    return resourceReferences(log, source.resource).some((r) => r.attribute === 'id' && targets.has(r.address));
  });
  return covered ? 'COMPLIANT' : 'NON_COMPLIANT';
}
