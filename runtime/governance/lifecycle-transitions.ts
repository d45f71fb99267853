import { type LifecycleAction, type ModelState } from './types';

/**
 * The lifecycle as a table: for each state, the actions allowed and the state each leads to.
 * `request_approval` on a model already pending approval keeps it there (a request for another type).
 * Rollback takes a deployed model out of service; it can be deployed again or retired.
 */
export const LIFECYCLE_TRANSITIONS: Readonly<Record<ModelState, Readonly<Partial<Record<LifecycleAction, ModelState>>>>> = {
  registered: { request_approval: 'pending_approval', retire: 'retired' },
  pending_approval: { request_approval: 'pending_approval', approve: 'approved', reject: 'rejected', retire: 'retired' },
  approved: { deploy: 'deployed', retire: 'retired' },
  rejected: { retire: 'retired' },
  deployed: { rollback: 'rolled_back', retire: 'retired' },
  rolled_back: { deploy: 'deployed', retire: 'retired' },
  retired: {},
};
