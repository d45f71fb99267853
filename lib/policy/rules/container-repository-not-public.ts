import { type IConstruct } from 'constructs';
import { ArtifactsContainerRepository } from '../../../.gen/providers/oci/artifacts-container-repository';
import { type RuleResult } from '../rule';
import { isToken } from '../private/tokens';

/**
 * A container repository (OCIR) is private: `is_public` is unset or false, so pulls need credentials.
 *
 * @param node - any construct
 * @returns NOT_APPLICABLE for other constructs and when the flag is a token
 */
export function containerRepositoryNotPublic(node: IConstruct): RuleResult {
  if (!(node instanceof ArtifactsContainerRepository)) return 'NOT_APPLICABLE';
  const isPublic = node.isPublicInput;
  if (isToken(isPublic)) return 'NOT_APPLICABLE';
  return isPublic === true ? 'NON_COMPLIANT' : 'COMPLIANT';
}
