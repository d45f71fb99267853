import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { BudgetAlertRule } from '../../.gen/providers/oci/budget-alert-rule';
import { BudgetBudget } from '../../.gen/providers/oci/budget-budget';
import { runChecks } from '../private/checks';

export interface CompartmentBudgetProps {
  /** Tenancy OCID: OCI keeps budgets in the root compartment. */
  readonly tenancyId: string;
  /** Compartment whose spend (with its children) the budget tracks. */
  readonly targetCompartmentId: string;
  readonly displayName: string;
  /** Monthly amount in the tenancy's currency. */
  readonly monthlyAmount: number;
  /**
   * Alert when actual spend crosses these percentages.
   * @default [80, 100]
   */
  readonly actualThresholdsPercent?: readonly number[];
  /**
   * Alert when forecast spend crosses these percentages.
   * @default [100]
   */
  readonly forecastThresholdsPercent?: readonly number[];
  /**
   * Email recipients of the alerts.
   * @default - none: the alert still shows in the console and emits an event
   */
  readonly alertEmails?: readonly string[];
}

/** Defines a monthly budget on a compartment with actual and forecast alert rules. */
export class CompartmentBudget extends Construct {
  readonly resource: BudgetBudget;
  readonly alertRules: BudgetAlertRule[] = [];

  constructor(scope: Construct, id: string, props: CompartmentBudgetProps) {
    super(scope, id);
    const actual = props.actualThresholdsPercent ?? [80, 100];
    const forecast = props.forecastThresholdsPercent ?? [100];
    const badThreshold = (xs: readonly number[]) => xs.find((x) => !Token.isUnresolved(x) && !(x > 0 && x <= 10000));
    const dup = (xs: readonly number[]) => xs.find((x, i) => xs.indexOf(x) !== i);
    runChecks(this.node.path, props, [
      { fails: (p) => !Token.isUnresolved(p.monthlyAmount) && !(p.monthlyAmount > 0), message: (p) => `monthlyAmount must be greater than 0, got ${p.monthlyAmount}` },
      { fails: () => badThreshold(actual) !== undefined, message: () => `actualThresholdsPercent must be percentages in (0, 10000], got ${badThreshold(actual)}` },
      { fails: () => badThreshold(forecast) !== undefined, message: () => `forecastThresholdsPercent must be percentages in (0, 10000], got ${badThreshold(forecast)}` },
      { fails: () => dup(actual) !== undefined || dup(forecast) !== undefined, message: () => `thresholds must not repeat, got ${dup(actual) ?? dup(forecast)} twice` },
      { fails: () => actual.length + forecast.length === 0, message: () => 'a budget needs at least one alert threshold (actual or forecast)' },
    ]);
    this.resource = new BudgetBudget(this, 'Resource', {
      compartmentId: props.tenancyId,
      displayName: props.displayName,
      amount: props.monthlyAmount,
      resetPeriod: 'MONTHLY',
      targetType: 'COMPARTMENT',
      targets: [props.targetCompartmentId],
      description: `Monthly budget of ${props.displayName}`,
    });
    const recipients = props.alertEmails?.length ? props.alertEmails.join(',') : undefined;
    for (const [type, thresholds] of [['ACTUAL', actual], ['FORECAST', forecast]] as const) {
      for (const threshold of thresholds) {
        this.alertRules.push(new BudgetAlertRule(this, `${type.toLowerCase()}-${threshold}`, {
          budgetId: this.resource.id,
          type,
          threshold,
          thresholdType: 'PERCENTAGE',
          recipients,
          displayName: `${props.displayName}-${type.toLowerCase()}-${threshold}pct`.replace(/[^A-Za-z0-9_-]/g, '-'),
          message: `${props.displayName}: ${type.toLowerCase()} spend crossed ${threshold}% of the monthly budget`,
        }));
      }
    }
  }
}
