/** One NON_COMPLIANT rule result on one construct. */
export interface Finding {
  /** Rule ID, e.g. `OCI-CIS-4.1.1`. */
  readonly ruleId: string;
  /** The rule's level. */
  readonly level: 'error' | 'warning';
  /** The rule's PascalCase name. */
  readonly ruleName: string;
  /** What is wrong (the rule's info). */
  readonly message: string;
  /** How to comply (the rule's fix). */
  readonly fix: string;
  /** Construct path, e.g. `platform/Storage/Models/Resource`. */
  readonly constructPath: string;
  /** Terraform address, e.g. `oci_objectstorage_bucket.Storage_Models_1A2B3C4D`; '' for stacks and other non-resources. */
  readonly address: string;
  /** Set when `Governance.suppress` accepted the finding: the written reason. */
  readonly suppressedReason?: string;
}
