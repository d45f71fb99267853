import { GovernanceError } from './governance-error';
import { LIFECYCLE_TRANSITIONS } from './lifecycle-transitions';
import { type LifecycleAction, type ModelState } from './types';

/**
 * The state a model moves to when `action` is applied in `state`.
 *
 * @param modelId - named in the error.
 * @param state - the model's current state.
 * @param action - what the caller asks for.
 * @returns the new state.
 * @throws GovernanceError `invalid_transition` (409) naming the state, the action and the allowed actions.
 * @example
 * nextState('churn-3', 'approved', 'deploy'); // 'deployed'
 */
export function nextState(modelId: string, state: ModelState, action: LifecycleAction): ModelState {
  const allowed = LIFECYCLE_TRANSITIONS[state];
  const to = allowed[action];
  if (to === undefined) {
    const names = Object.entries(allowed).map(([a, s]) => `${a} -> ${s}`);
    throw new GovernanceError(
      'invalid_transition',
      `model ${modelId} is ${state}: ${action} is not allowed; allowed: ${names.length ? names.join(', ') : 'none (final state)'}`,
      { model_id: modelId, state, action, allowed_actions: Object.keys(allowed) },
    );
  }
  return to;
}
