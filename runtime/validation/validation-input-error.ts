/**
 * Input `validate-model` cannot use: an unreadable model or CSV, a missing column, a model whose
 * inputs or outputs do not match the data, an option out of range. The command exits 2 with the
 * message, which names the file, column or input and what was expected.
 *
 * @example
 * throw new ValidationInputError('holdout.csv: label column "species" not found; columns: a, b, c');
 */
export class ValidationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationInputError';
  }
}
