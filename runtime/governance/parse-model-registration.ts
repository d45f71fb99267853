import { GovernanceError } from './governance-error';
import { type ModelRegistration, ModelRegistrationSchema, ValidationReportSchema } from './model-registration-schema';
import { zodIssues } from './zod-issues';

/**
 * Validates a model registration (parsed YAML or a request body) and returns it with defaults applied.
 *
 * `performance_metrics` is either a map of metric name to number or the JSON printed by
 * `oci-mlops validate-model --json`; a report whose `passed` is false is refused, naming the failed thresholds.
 *
 * @param input - the parsed document, snake_case keys.
 * @returns the registration; `version` is always a string.
 * @throws GovernanceError `validation_failed` listing every issue as `path: message` in `details.issues`.
 * @example
 * parseModelRegistration({ name: 'churn', version: 3, ...rest }).version; // '3'
 */
export function parseModelRegistration(input: unknown): ModelRegistration {
  const parsed = ModelRegistrationSchema.safeParse(input);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new GovernanceError('validation_failed', `parseModelRegistration: invalid model registration: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
  }
  const report = ValidationReportSchema.safeParse(parsed.data.performance_metrics);
  if (report.success && !report.data.passed) {
    const failed = report.data.thresholds.filter((t) => !t.passed).map((t) => `${t.name} (value ${t.value}, limit ${t.limit})`);
    throw new GovernanceError(
      'validation_failed',
      `parseModelRegistration: performance_metrics is a validation report that did not pass; failed thresholds: ${failed.join(', ') || 'none listed'}`,
      { issues: [{ path: 'performance_metrics.passed', message: 'the validation report must have passed' }], failed_thresholds: failed },
    );
  }
  return parsed.data;
}
