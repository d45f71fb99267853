/**
 * An error a command reports to the user: its message is printed as is (no stack) and the process
 * exits with `exitCode`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** Process exit code: 1 for failed checks and bad input unless a command documents otherwise. */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
