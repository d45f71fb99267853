import { DatabaseAutonomousDatabase, type DatabaseAutonomousDatabaseConfig } from '../../../../.gen/providers/oci/database-autonomous-database';
import { autonomousDatabaseNotPublic } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, network, newStack, ruleNotes, tokenString } from '../support';

function database(config: Partial<DatabaseAutonomousDatabaseConfig>) {
  const stack = newStack();
  return { stack, db: new DatabaseAutonomousDatabase(stack, 'Features', { compartmentId: COMPARTMENT, dbName: 'features', ...config }) };
}

describe('autonomousDatabaseNotPublic (OCI-CIS-2.8)', () => {
  test('passes a private endpoint, an ACL of client CIDRs and VCNs, and a dedicated database', () => {
    const { stack, db } = database({});
    db.subnetId = network(stack).subnet.id;
    const acl = new DatabaseAutonomousDatabase(stack, 'Acl', {
      compartmentId: COMPARTMENT, dbName: 'acl', whitelistedIps: ['192.0.2.0/24', 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaexample', 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaexample;0.0.0.0/0'],
    });
    const dedicated = new DatabaseAutonomousDatabase(stack, 'Dedicated', { compartmentId: COMPARTMENT, dbName: 'ded', isDedicated: true });
    expect([db, acl, dedicated].map(autonomousDatabaseNotPublic)).toEqual(['COMPLIANT', 'COMPLIANT', 'NOT_APPLICABLE']);
    expect(ruleNotes(stack, 'OCI-CIS-2.8')).toEqual([]);
  });

  test('fails a database with neither a private endpoint nor an access control list', () => {
    const { stack, db } = database({});
    expect(autonomousDatabaseNotPublic(db)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'OCI-CIS-2.8')).toEqual([expectedNote('OCI-CIS-2.8', db)]);
  });

  test.each([
    ['an ACL with 0.0.0.0/0', { whitelistedIps: ['192.0.2.0/24', '0.0.0.0/0'] }],
    ['a private endpoint whose ACL holds ::/0', { subnetId: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaexample', whitelistedIps: ['::/0'] }],
    ['a standby ACL with 0.0.0.0/0', { whitelistedIps: ['192.0.2.0/24'], standbyWhitelistedIps: ['0.0.0.0/0'] }],
    ['an ACL of blank entries only', { whitelistedIps: [''] }],
  ])('fails %s', (_name, config) => {
    expect(autonomousDatabaseNotPublic(database(config).db)).toBe('NON_COMPLIANT');
  });

  test('is not applicable when an ACL entry is a token', () => {
    const { stack, db } = database({ subnetId: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaexample' });
    db.whitelistedIps = [tokenString(stack)];
    expect(autonomousDatabaseNotPublic(db)).toBe('NOT_APPLICABLE');
  });
});
