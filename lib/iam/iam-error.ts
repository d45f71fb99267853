/**
 * A policy statement or matching rule that OCI would reject or misread.
 *
 * Messages name the builder input, show the value received and say what is allowed, so a user can fix
 * the call without reading this library's code.
 */
export class IamValidationError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'IamValidationError';
  }
}
