import { FunctionsApplication } from '../../../../.gen/providers/oci/functions-application';
import { functionsApplicationPrivateSubnet } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, network, newStack, ruleNotes } from '../support';

describe('functionsApplicationPrivateSubnet (MLOPS-3)', () => {
  test('passes an application in private subnets', () => {
    const stack = newStack();
    const { subnet } = network(stack);
    const app = new FunctionsApplication(stack, 'Serving', { compartmentId: COMPARTMENT, displayName: 'serving', subnetIds: [subnet.id] });
    expect(functionsApplicationPrivateSubnet(app)).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-3')).toEqual([]);
  });

  test('fails an application with one public subnet among private ones, even beside a literal OCID', () => {
    const stack = newStack();
    const priv = network(stack, { id: 'Priv' });
    const pub = network(stack, { id: 'Pub', public: true });
    const app = new FunctionsApplication(stack, 'Serving', {
      compartmentId: COMPARTMENT, displayName: 'serving', subnetIds: [priv.subnet.id, 'ocid1.subnet.oc1..byo', pub.subnet.id],
    });
    expect(functionsApplicationPrivateSubnet(app)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-3')).toEqual([expectedNote('MLOPS-3', app)]);
  });
});
