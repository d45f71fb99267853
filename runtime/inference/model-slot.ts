import { InferenceError } from './inference-error';
import { type ModelSession } from './model-session';

/** Where a served model stands: loading, ready (verified and open) or failed (with the reason). */
export type ModelState =
  | { readonly status: 'loading'; readonly since: Date }
  | { readonly status: 'ready'; readonly model: ModelSession; readonly since: Date }
  | { readonly status: 'failed'; readonly reason: string; readonly since: Date };

/**
 * Holds the one model a process serves and its readiness. Predictions ask `require()`, which answers
 * the model or throws a 503 `InferenceError` naming why it is not ready: a missing, corrupt or
 * mismatched model is never replaced by anything else.
 *
 * @example
 * const slot = new ModelSlot('iris');
 * await slot.load(async () => ModelSession.load(bytes, { name: 'iris', expectedSha256, source }));
 * slot.require(); // the session, or a 503
 */
export class ModelSlot {
  private current: ModelState = { status: 'loading', since: new Date() };

  constructor(
    /** The name the routes accept, known before the model is loaded. */
    readonly name: string,
  ) {}

  get state(): ModelState {
    return this.current;
  }

  /** True once the model is loaded and verified. */
  get ready(): boolean {
    return this.current.status === 'ready';
  }

  /**
   * Loads (or reloads) the model; on failure the slot records the reason and stays not ready.
   * Never throws: the reason is in `state`.
   */
  async load(open: () => Promise<ModelSession>): Promise<ModelState> {
    this.current = { status: 'loading', since: new Date() };
    try {
      const model = await open();
      this.current = { status: 'ready', model, since: new Date() };
    } catch (err) {
      this.current = { status: 'failed', reason: err instanceof Error ? err.message : String(err), since: new Date() };
    }
    return this.current;
  }

  /**
   * The ready model.
   *
   * @throws InferenceError 503 `model_not_ready` with the reason (still loading, or why loading failed)
   */
  require(): ModelSession {
    const s = this.current;
    if (s.status === 'ready') return s.model;
    const reason = s.status === 'loading' ? `model ${this.name} is still loading` : `model ${this.name} failed to load: ${s.reason}`;
    throw new InferenceError(503, 'model_not_ready', reason, [{ path: '', message: reason }]);
  }
}
