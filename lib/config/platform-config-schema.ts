import { z } from 'zod';
import { ocid } from './ocid';
import { regionSchema, resourceName } from './team-config-schema';

/** The shared platform's file, `stacks/platform.yaml`: tenancy-wide settings every team stack builds on. */
export const PlatformConfigSchema = z
  .object({
    name: resourceName.meta({ description: 'Platform name, used in the shared resources\' names.' }),
    tenancyId: ocid('tenancy').meta({ description: 'OCID of the tenancy (tag namespaces and audit retention are tenancy-wide).' }),
    region: regionSchema,
    tagNamespace: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,99}$/, 'must be 1-100 characters of letters, digits, "_" and "-", starting with a letter')
      .default('mlops')
      .meta({ description: 'Tag namespace holding the cost-center, team and environment keys.' }),
    auditRetentionDays: z
      .number()
      .int()
      .min(90)
      .max(365)
      .default(365)
      .meta({ description: 'Audit log retention of the tenancy, 90-365 days (CIS OCI recommends 365).' }),
  })
  .strict()
  .meta({ title: 'oci-mlops platform configuration', description: 'The shared platform: stacks/platform.yaml.' });

export type PlatformConfigInput = z.input<typeof PlatformConfigSchema>;
export type PlatformConfig = z.output<typeof PlatformConfigSchema>;
