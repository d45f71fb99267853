import { z } from 'zod';
import { GovernanceConfigSchema } from './governance-schema';
import { ocid } from './ocid';
import { apiAuthenticationSchema, budgetSchema, networkSchema, ocirImage, okeSchema, rateLimitFields, regionSchema, resourceName } from './common-schemas';
import { notificationSchema } from './subscription-schema';

/** The shared platform's file, `stacks/platform.yaml`. */
export const PlatformConfigSchema = z
  .object({
    name: resourceName.meta({ description: "Platform name: the platform compartment's name and the prefix of resource names." }),
    tenancyId: ocid('tenancy').meta({ description: 'OCID of the tenancy (tag namespaces, dynamic groups, budgets and audit retention are tenancy-wide).' }),
    parentCompartmentId: ocid('compartment', 'tenancy').meta({ description: 'Compartment in which the platform compartment is defined.' }),
    existingCompartmentId: ocid('compartment').optional().meta({ description: 'Use this compartment instead of defining one.' }),
    region: regionSchema,
    costCenter: z.string().min(1).max(64).optional().meta({ description: "Cost center of the platform's own resources." }),
    tagNamespace: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,99}$/, 'must be 1-100 characters of letters, digits, "_" and "-", starting with a letter')
      .default('mlops')
      .meta({ description: 'Tag namespace holding the cost-center, team and environment keys.' }),
    auditRetentionDays: z.number().int().min(90).max(365).default(365).meta({ description: 'Audit log retention of the tenancy, 90-365 days (CIS OCI recommends 365).' }),
    network: networkSchema.default(networkSchema.parse({})).meta({ description: 'The platform VCN.' }),
    vault: z
      .object({
        type: z.enum(['VIRTUAL_PRIVATE', 'DEFAULT']).default('VIRTUAL_PRIVATE').meta({ description: 'Vault type; keys rotate automatically only in a virtual private vault.' }),
        keyRotationIntervalDays: z.number().int().min(60).max(365).optional().meta({ description: 'Days between key rotations (default 90).' }),
      })
      .strict()
      .default({ type: 'VIRTUAL_PRIVATE' })
      .meta({ description: 'Vault and master encryption key.' }),
    predictionLogs: z
      .object({
        archiveAfterDays: z.number().int().positive().default(30),
        deleteAfterDays: z.number().int().positive().default(365),
      })
      .strict()
      .default({ archiveAfterDays: 30, deleteAfterDays: 365 })
      .meta({ description: 'Lifecycle of the prediction-log bucket.' }),
    experimentTracking: z
      .object({
        image: ocirImage.meta({ description: 'OCIR image of the MLflow server (see docs/experiment-tracking.md).' }),
        authentication: apiAuthenticationSchema,
        ...rateLimitFields,
      })
      .strict()
      .optional()
      .meta({ description: 'MLflow tracking server; omitted means no experiment tracking.' }),
    oke: okeSchema.optional().meta({ description: 'Shared OKE cluster for model endpoints; omitted means none.' }),
    modelNames: z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/)).default([]).meta({ description: 'Models of the shared registry (one model version set each).' }),
    notifications: z.array(notificationSchema).default([]).meta({ description: "Who the platform's critical, warning and info topics notify." }),
    budget: budgetSchema.optional().meta({ description: 'Monthly budget of the platform compartment.' }),
    canaryGate: z
      .object({
        image: ocirImage.meta({ description: 'OCIR image of functions/canary-gate.' }),
        requireGovernanceRecord: z.boolean().default(false).meta({ description: 'Fail a canary stage whose decision could not be recorded in the governance audit trail (with governance: configured, decisions are recorded; failures are otherwise logged and counted).' }),
      })
      .strict()
      .optional()
      .meta({ description: 'The canary gate function that canary releases invoke between traffic steps.' }),
    governance: GovernanceConfigSchema.optional().meta({ description: 'Model governance: registration, four-eyes approval and the audit trail, behind the API Gateway.' }),
  })
  .strict()
  .meta({ title: 'oci-mlops platform configuration', description: 'The shared platform: stacks/platform.yaml.' });

export type PlatformConfigInput = z.input<typeof PlatformConfigSchema>;
export type PlatformConfig = z.output<typeof PlatformConfigSchema>;
