/**
 * The shapes of a cost estimate. Field names are snake_case because they are the `--json`
 * output of `oci-mlops cost estimate` (docs/cost.md), which scripts read.
 */

/** One resource of a synthesized stack, as `cdk.tf.json` holds it. */
export interface SynthesizedResource {
  /** Terraform resource type (`oci_functions_function`). */
  readonly type: string;
  /** Terraform resource name (the construct's logical id). */
  readonly name: string;
  /** Its configuration: numbers, strings, `${...}` references resolved only at deploy. */
  readonly config: Readonly<Record<string, unknown>>;
}

/** One synthesized stack (`cdktf.out/stacks/<stack>/cdk.tf.json`). */
export interface SynthesizedStack {
  readonly stack: string;
  readonly resources: readonly SynthesizedResource[];
}

/** One priced line of a resource: quantity per month times unit price. */
export interface CostComponent {
  readonly name: string;
  /** Units per month; `null` when it depends on usage that no usage file gave, or on a value known only at deploy. */
  readonly quantity: number | null;
  readonly unit: string;
  readonly unit_price: number;
  /** `quantity * unit_price`; `null` with the quantity. */
  readonly monthly: number | null;
}

export interface ResourceCost {
  /** `<type>.<name>`, the Terraform address inside its stack. */
  readonly address: string;
  readonly type: string;
  /** Sum of the components' known monthly costs. */
  readonly monthly: number;
  readonly components: readonly CostComponent[];
  /** True when a component's cost depends on usage not given (its monthly is then a lower bound). */
  readonly usage_dependent: boolean;
}

export interface StackCost {
  readonly stack: string;
  readonly monthly: number;
  readonly resources: readonly ResourceCost[];
}

/** The `--json` output of `oci-mlops cost estimate`. */
export interface CostEstimate {
  readonly currency: string;
  readonly total_monthly: number;
  readonly stacks: readonly StackCost[];
}

/** Usage assumptions for one resource: the keys each resource type reads are listed in docs/cost.md. */
export type UsageValues = Readonly<Record<string, number>>;

/** A usage file: per-type defaults and per-resource values, the way Infracost's usage file works (usage-file.ts parses one). */
export interface UsageFile {
  /** Resource type -> usage values for every resource of that type. */
  readonly resource_type_default_usage: Readonly<Record<string, UsageValues>>;
  /** `<type>.<name>` (any stack) or `<stack>/<type>.<name>` -> usage values, over the type's defaults. */
  readonly resource_usage: Readonly<Record<string, UsageValues>>;
}

/** A usage file that assumes nothing: every usage-priced component stays usage-dependent. */
export const EMPTY_USAGE: UsageFile = { resource_type_default_usage: {}, resource_usage: {} };
