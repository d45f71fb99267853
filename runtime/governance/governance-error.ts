/** Machine-readable error codes of the governance API, each with its HTTP status. */
export const GOVERNANCE_ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  four_eyes_violation: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_transition: 409,
  conflict: 409,
  already_exists: 409,
  unsupported_media_type: 415,
  internal: 500,
} as const;

export type GovernanceErrorCode = keyof typeof GOVERNANCE_ERROR_STATUS;

/**
 * An error the governance runtime reports to its caller: a stable `code`, the HTTP `status` it maps to,
 * a message naming the input, the bad value and what is allowed, and structured `details`.
 *
 * The HTTP handlers render it as `{"error": {"code", "message", "details"}}`; the CLI prints the message.
 */
export class GovernanceError extends Error {
  readonly status: number;

  constructor(
    readonly code: GovernanceErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GovernanceError';
    this.status = GOVERNANCE_ERROR_STATUS[code];
  }
}
