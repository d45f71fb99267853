import { LoggingLog } from '../../../../.gen/providers/oci/logging-log';
import { LoggingLogGroup } from '../../../../.gen/providers/oci/logging-log-group';
import { subnetFlowLogsEnabled } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, network, newStack, ruleNotes } from '../support';
import { type IConstruct } from 'constructs';

function flowLog(scope: IConstruct, id: string, resource: string, extra: { isEnabled?: boolean; service?: string } = {}): LoggingLog {
  const group = new LoggingLogGroup(scope, `${id}Group`, { compartmentId: COMPARTMENT, displayName: `${id}-group` });
  return new LoggingLog(scope, id, {
    displayName: id, logGroupId: group.id, logType: 'SERVICE', isEnabled: extra.isEnabled,
    configuration: { source: { category: 'all', resource, service: extra.service ?? 'flowlogs', sourceType: 'OCISERVICE' } },
  });
}

describe('subnetFlowLogsEnabled (OCI-CIS-3.14)', () => {
  test('passes a subnet with a flow log on the subnet, and one with a flow log on its VCN', () => {
    const stack = newStack();
    const a = network(stack, { id: 'A' });
    const b = network(stack, { id: 'B' });
    flowLog(stack, 'SubnetLog', a.subnet.id);
    flowLog(stack, 'VcnLog', b.vcn.id);
    expect(subnetFlowLogsEnabled(a.subnet)).toBe('COMPLIANT');
    expect(subnetFlowLogsEnabled(b.subnet)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-3.14')).toEqual([]);
  });

  test('fails a subnet whose flow log covers another subnet, is disabled, or is not a flow log', () => {
    const stack = newStack();
    const covered = network(stack, { id: 'Covered' });
    const other = network(stack, { id: 'Other' });
    const disabled = network(stack, { id: 'Disabled' });
    const wrongService = network(stack, { id: 'Wrong' });
    flowLog(stack, 'CoveredLog', covered.subnet.id);
    flowLog(stack, 'DisabledLog', disabled.subnet.id, { isEnabled: false });
    flowLog(stack, 'WrongLog', wrongService.subnet.id, { service: 'objectstorage' });
    expect(subnetFlowLogsEnabled(other.subnet)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-3.14')).toEqual([other, disabled, wrongService].map((n) => expectedNote('OCI-CIS-3.14', n.subnet)));
  });
});
