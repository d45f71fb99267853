import { z } from 'zod';
import { apiAuthenticationSchema, ocirImage, rateLimitFields } from './common-schemas';
import { ocid } from './ocid';
import { governanceSubscriptionSchema } from './subscription-schema';

const approvalType = z.enum(['technical', 'risk', 'business']);
const groupName = z.string().min(1).meta({ description: 'Name of an identity group, as the authorizer reports it in the caller\'s groups.' });

/** An Autonomous Database of a construct (governance store, feature store); OCI's limits are checked by the construct. */
export const autonomousDatabaseConfigSchema = z
  .object({
    ecpuCount: z.number().int().default(2).meta({ description: 'ECPUs of the Autonomous Database (2-512).' }),
    storageGb: z.number().int().default(20).meta({ description: 'Storage of the Autonomous Database in GB (20-393216).' }),
    backupRetentionDays: z.number().int().default(30).meta({ description: 'Days of automatic backups (1-60).' }),
    version: z.enum(['19c', '23ai']).default('23ai').meta({ description: 'Database version.' }),
    user: z.string().default('ADMIN').meta({ description: 'Database user owning the tables (a dedicated user needs passwordSecretId).' }),
    passwordSecretId: ocid('vaultsecret').optional().meta({ description: "Vault secret of the user's password; omitted means the generated ADMIN password secret." }),
    allowTlsWithoutWallet: z.boolean().default(false).meta({ description: 'Accept one-way TLS besides mutual TLS on the private endpoint.' }),
  })
  .strict();

/** The scheduled governance maintenance job; OCI's limits are checked by the construct (docs/governance-construct.md). */
const maintenanceSchema = z
  .object({
    intervalHours: z.number().int().default(1).meta({ description: 'Hours between runs: 1, 2, 3, 4, 6, 8, 12 or 24 (at minute 0, UTC).' }),
    shape: z.string().default('VM.Standard.E4.Flex').meta({ description: 'Flexible compute shape of the job.' }),
    ocpus: z.number().int().default(1).meta({ description: 'OCPUs of the job.' }),
    memoryGb: z.number().int().default(4).meta({ description: 'Memory of the job in GB.' }),
    maxRuntimeMinutes: z.number().int().default(30).meta({ description: 'Minutes after which a run is stopped (5-180).' }),
  })
  .strict();

/** The `governance:` section of stacks/platform.yaml: model registration, approval and audit (docs/governance-construct.md). */
export const GovernanceConfigSchema = z
  .object({
    image: ocirImage.meta({ description: 'OCIR image of the governance function (functions/governance/Dockerfile).' }),
    authentication: apiAuthenticationSchema.meta({ description: "How callers of the governance API authenticate: an authorizer function (answers the caller's principal and groups) or a JWT." }),
    actorContextKey: z.string().default('sub').meta({ description: 'Key of the authenticated context (request.auth[...]) written to X-Governance-Actor.' }),
    groupsContextKey: z.string().default('groups').meta({ description: 'Key of the authenticated context written to X-Governance-Groups (comma-separated groups).' }),
    pathPrefix: z.string().default('/governance').meta({ description: 'Path prefix of the governance API on the platform gateway.' }),
    ...rateLimitFields,
    approverGroups: z
      .object({ technical: groupName.optional(), risk: groupName.optional(), business: groupName.optional() })
      .strict()
      .default({})
      .meta({ description: 'Approver group per approval type (defaults: ml-reviewers, risk-officers, business-owners).' }),
    requiredApprovals: z
      .object({ low: z.array(approvalType).optional(), medium: z.array(approvalType).optional(), high: z.array(approvalType).optional() })
      .strict()
      .default({})
      .meta({ description: 'Approval types each risk tier requires (defaults: low technical; medium technical, business; high all three).' }),
    operatorGroup: groupName.optional().meta({ description: 'Group that deploys, rolls back and retires models (default mlops-operators).' }),
    adminGroup: groupName.optional().meta({ description: 'Group that manages webhooks, dead letters, anchoring and draining (default governance-admins).' }),
    subscriptions: z
      .array(governanceSubscriptionSchema)
      .default([])
      .meta({ description: 'Who the governance events topic notifies.' }),
    catalogUpdates: z.boolean().default(true).meta({ description: 'Write governance state into the Data Science model catalog.' }),
    anchorRetentionDays: z.number().int().default(2555).meta({ description: 'Days every audit anchor is retained (default 7 years).' }),
    anchorRetentionLockTime: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'must be an RFC 3339 UTC time such as 2027-01-15T00:00:00Z')
      .optional()
      .meta({ description: "When the anchor bucket's retention rule locks (at least 14 days after the deployment); omitted leaves it unlocked." }),
    database: autonomousDatabaseConfigSchema.default(autonomousDatabaseConfigSchema.parse({})).meta({ description: 'The Autonomous Database of the governance store.' }),
    maintenance: maintenanceSchema.default(maintenanceSchema.parse({})).meta({ description: 'The scheduled Data Science job that anchors the audit chain head and sends deliveries left pending.' }),
  })
  .strict()
  .meta({ title: 'oci-mlops governance', description: 'The governance: section of stacks/platform.yaml.' });

export type AutonomousDatabaseConfig = z.output<typeof autonomousDatabaseConfigSchema>;
export type GovernanceConfigInput = z.input<typeof GovernanceConfigSchema>;
export type GovernanceConfig = z.output<typeof GovernanceConfigSchema>;
