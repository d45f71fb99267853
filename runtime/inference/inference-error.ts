/** One problem with a request: where (a JSON Pointer into the body, `''` for the body itself) and what. */
export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
  /** Data-quality violations: the feature (suite column) whose value breaks a check. */
  readonly column?: string;
  /** Data-quality violations: the check broken (`min`, `max`, `allowedValues`, `type`). */
  readonly check?: string;
  /** Data-quality violations: the bound or the allowed values. */
  readonly bound?: unknown;
}

/** The error body every route answers: `{"error": {"code", "message", "details": [{"path", "message"}]}}`. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details: readonly ErrorDetail[] };
}

/**
 * A request the runtime refuses, with the HTTP status to answer and the documented error body.
 * 4xx for the caller's mistakes, 503 while the model is not ready.
 *
 * @example
 * throw new InferenceError(400, 'invalid_request', 'request body does not match the format', [{ path: '/features', message: 'required' }]);
 */
export class InferenceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'InferenceError';
  }

  /** The JSON body to answer. */
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, details: this.details } };
  }
}
