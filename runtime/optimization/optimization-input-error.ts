/**
 * Input `optimize` or `benchmark` cannot use: an unreadable model or hold-out, an option out of
 * range, a model ONNX Runtime refuses. The commands exit 1 with the message.
 *
 * @example
 * throw new OptimizationInputError('--max-metric-drop needs --data and --label (the drop is measured on the hold-out)');
 */
export class OptimizationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptimizationInputError';
  }
}
