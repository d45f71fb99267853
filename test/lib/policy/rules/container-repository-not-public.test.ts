import { ArtifactsContainerRepository } from '../../../../.gen/providers/oci/artifacts-container-repository';
import { TerraformVariable } from 'cdktf';
import { containerRepositoryNotPublic } from '../../../../lib/policy';
import { COMPARTMENT, expectedNote, newStack, ruleNotes } from '../support';

describe('containerRepositoryNotPublic (MLOPS-11)', () => {
  test('passes a repository that leaves is_public unset and one that sets it to false', () => {
    const stack = newStack();
    const unset = new ArtifactsContainerRepository(stack, 'Scorer', { compartmentId: COMPARTMENT, displayName: 'mlops/scorer' });
    const closed = new ArtifactsContainerRepository(stack, 'Ranker', { compartmentId: COMPARTMENT, displayName: 'mlops/ranker', isPublic: false });
    expect([unset, closed].map(containerRepositoryNotPublic)).toEqual(['COMPLIANT', 'COMPLIANT']);
    expect(ruleNotes(stack, 'MLOPS-11')).toEqual([]);
  });

  test('fails a public repository', () => {
    const stack = newStack();
    const repo = new ArtifactsContainerRepository(stack, 'Scorer', { compartmentId: COMPARTMENT, displayName: 'mlops/scorer', isPublic: true });
    expect(containerRepositoryNotPublic(repo)).toBe('NON_COMPLIANT');
    expect(ruleNotes(stack, 'MLOPS-11')).toEqual([expectedNote('MLOPS-11', repo)]);
  });

  test('is not applicable when is_public is a token', () => {
    const stack = newStack();
    const isPublic = new TerraformVariable(stack, 'Public', { type: 'bool' }).booleanValue;
    expect(containerRepositoryNotPublic(new ArtifactsContainerRepository(stack, 'Scorer', { compartmentId: COMPARTMENT, displayName: 'mlops/scorer', isPublic }))).toBe('NOT_APPLICABLE');
  });
});
