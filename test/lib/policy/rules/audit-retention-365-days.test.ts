import { AuditConfiguration } from '../../../../.gen/providers/oci/audit-configuration';
import { auditRetention365Days } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

describe('auditRetention365Days (OCI-CIS-3.1)', () => {
  test('passes a 365-day retention', () => {
    const stack = newStack();
    expect(auditRetention365Days(new AuditConfiguration(stack, 'Audit', { compartmentId: COMPARTMENT, retentionPeriodDays: 365 }))).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-3.1')).toEqual([]);
  });

  test('fails the 90-day minimum', () => {
    const stack = newStack();
    const audit = new AuditConfiguration(stack, 'Audit', { compartmentId: COMPARTMENT, retentionPeriodDays: 90 });
    expect(auditRetention365Days(audit)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-3.1')).toEqual([expectedNote('OCI-CIS-3.1', audit)]);
  });
});
