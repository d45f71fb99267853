import { DatascienceModelDeployment } from '../../../../.gen/providers/oci/datascience-model-deployment';
import { modelDeploymentLogsEnabled } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

const BASE = {
  compartmentId: COMPARTMENT, projectId: 'ocid1.datascienceproject.oc1..p',
  modelDeploymentConfigurationDetails: {
    deploymentType: 'SINGLE_MODEL',
    modelConfigurationDetails: { modelId: 'ocid1.datasciencemodel.oc1..m', instanceConfiguration: { instanceShapeName: 'VM.Standard.E4.Flex' } },
  },
};
const LOG = { logGroupId: 'ocid1.loggroup.oc1..g', logId: 'ocid1.log.oc1..l' };

describe('modelDeploymentLogsEnabled (MLOPS-5)', () => {
  test('passes a deployment with access and predict logs', () => {
    const stack = newStack();
    expect(modelDeploymentLogsEnabled(new DatascienceModelDeployment(stack, 'Md', { ...BASE, categoryLogDetails: { access: LOG, predict: LOG } }))).toBe('COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-5')).toEqual([]);
  });

  test('fails a deployment with access logs only, and one without logs', () => {
    const stack = newStack();
    const accessOnly = new DatascienceModelDeployment(stack, 'AccessOnly', { ...BASE, categoryLogDetails: { access: LOG } });
    const none = new DatascienceModelDeployment(stack, 'None', BASE);
    expect(modelDeploymentLogsEnabled(accessOnly)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-5')).toEqual([expectedNote('MLOPS-5', accessOnly), expectedNote('MLOPS-5', none)]);
  });
});
