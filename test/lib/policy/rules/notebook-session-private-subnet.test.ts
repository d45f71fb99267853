import { DatascienceNotebookSession } from '../../../../.gen/providers/oci/datascience-notebook-session';
import { notebookSessionPrivateSubnet } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, network, newStack, ruleNotes } from '../support';

const PROJECT = 'ocid1.datascienceproject.oc1.eu-frankfurt-1.aaaaexample';
const BASE = { compartmentId: COMPARTMENT, projectId: PROJECT };

describe('notebookSessionPrivateSubnet (MLOPS-2)', () => {
  test('passes a session in a private subnet of the stack, through either config block', () => {
    const stack = newStack();
    const { subnet } = network(stack);
    const a = new DatascienceNotebookSession(stack, 'A', { ...BASE, notebookSessionConfigDetails: { shape: 'VM.Standard.E4.Flex', subnetId: subnet.id } });
    const b = new DatascienceNotebookSession(stack, 'B', { ...BASE, notebookSessionConfigurationDetails: { shape: 'VM.Standard.E4.Flex', subnetId: subnet.id } });
    expect([a, b].map(notebookSessionPrivateSubnet)).toEqual(['COMPLIANT', 'COMPLIANT']);
    expect(ruleNotes(stack, 'MLOPS-2')).toEqual([]);
  });

  test('fails a session in a public subnet and one on default networking', () => {
    const stack = newStack();
    const { subnet } = network(stack, { public: true });
    const onPublic = new DatascienceNotebookSession(stack, 'Public', { ...BASE, notebookSessionConfigDetails: { shape: 'VM.Standard.E4.Flex', subnetId: subnet.id } });
    const defaultNet = new DatascienceNotebookSession(stack, 'DefaultNet', { ...BASE, notebookSessionConfigDetails: { shape: 'VM.Standard.E4.Flex' } });
    expect(notebookSessionPrivateSubnet(onPublic)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-2')).toEqual([expectedNote('MLOPS-2', onPublic), expectedNote('MLOPS-2', defaultNet)]);
  });

  test('is not applicable to a subnet given as a literal OCID or defined in another stack', () => {
    const stack = newStack();
    const literal = new DatascienceNotebookSession(stack, 'Byo', {
      ...BASE, notebookSessionConfigDetails: { shape: 'VM.Standard.E4.Flex', subnetId: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaexample' },
    });
    const { subnet } = network(newStack('other'));
    const crossStack = new DatascienceNotebookSession(stack, 'Cross', { ...BASE, notebookSessionConfigDetails: { shape: 'VM.Standard.E4.Flex', subnetId: subnet.id } });
    expect(notebookSessionPrivateSubnet(literal)).toBe('NOT_APPLICABLE');
    expect(notebookSessionPrivateSubnet(crossStack)).toBe('NOT_APPLICABLE');
  });
});
