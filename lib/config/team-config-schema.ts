import { z } from 'zod';
import { ocid } from './ocid';
import { OCI_REGIONS } from './oci-regions';

/** Names used inside OCI display names and Terraform ids: lowercase, digits, dashes. */
export const resourceName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/, 'must be 2-32 characters of a-z, 0-9 and "-", starting with a letter and not ending with "-"');

export const regionSchema = z.enum(OCI_REGIONS).meta({ description: 'OCI region identifier, such as us-ashburn-1.' });

const tagValue = z.string().max(256, 'tag values are at most 256 characters');

export const tagsSchema = z
  .object({
    freeform: z
      .record(z.string().regex(/^[^\s."]{1,100}$/, 'freeform tag keys are 1-100 characters without spaces, dots or quotes'), tagValue)
      .default({})
      .meta({ description: 'Freeform tags applied to every resource of the team.' }),
    defined: z
      .record(z.string().regex(/^[^\s."]{1,100}\.[^\s."]{1,100}$/, 'defined tag keys are "<namespace>.<key>"'), tagValue)
      .default({})
      .meta({ description: 'Defined tags ("<namespace>.<key>": value) applied to every resource of the team; the namespace must exist.' }),
  })
  .strict();

export const budgetSchema = z
  .object({
    monthlyAmount: z.number().positive().meta({ description: 'Monthly budget in the tenancy currency.' }),
    actualThresholdsPercent: z
      .array(z.number().positive().max(1000))
      .min(1)
      .default([80, 100])
      .meta({ description: 'Alert when actual spend crosses these percentages of the budget.' }),
    forecastThresholdsPercent: z
      .array(z.number().positive().max(1000))
      .default([100])
      .meta({ description: 'Alert when forecast spend crosses these percentages of the budget.' }),
    alertEmails: z.array(z.email()).default([]).meta({ description: 'Recipients of budget alerts, besides the notification topics.' }),
  })
  .strict();

export const notificationSchema = z
  .object({
    name: resourceName.meta({ description: 'Name of the subscription, unique in the list.' }),
    severity: z.enum(['critical', 'warning', 'info']).meta({ description: 'Topic the subscription listens to.' }),
    email: z.email().optional().meta({ description: 'Email address to notify.' }),
    httpsUrl: z.url({ protocol: /^https$/ }).optional().meta({ description: 'HTTPS endpoint to notify (the endpoint must confirm the subscription).' }),
  })
  .strict()
  .refine((n) => (n.email === undefined) !== (n.httpsUrl === undefined), { error: 'set exactly one of email or httpsUrl' });

/** One team's file, `stacks/teams/<team>.yaml`. */
export const TeamConfigSchema = z
  .object({
    team: resourceName.meta({ description: 'Team name, unique across team files; used in resource names.' }),
    compartmentId: ocid('compartment', 'tenancy').meta({ description: "OCID of the compartment that holds the team's resources." }),
    region: regionSchema,
    environment: z.enum(['dev', 'test', 'staging', 'prod']).default('dev').meta({ description: 'Environment, written to the environment tag.' }),
    costCenter: z.string().min(1).max(64).optional().meta({ description: 'Cost center, written to the cost-center tag.' }),
    tags: tagsSchema.default({ freeform: {}, defined: {} }).meta({ description: "Freeform and defined tags applied to every resource of the team, besides the platform's cost-center, team and environment tags." }),
    budget: budgetSchema.optional().meta({ description: "Monthly budget of the team's compartment, with alert rules." }),
    notifications: z.array(notificationSchema).default([]).meta({ description: 'Who the critical, warning and info topics notify.' }),
  })
  .strict()
  .meta({ title: 'oci-mlops team configuration', description: 'One team of the oci-mlops platform: stacks/teams/<team>.yaml.' });

export type TeamConfigInput = z.input<typeof TeamConfigSchema>;
export type TeamConfig = z.output<typeof TeamConfigSchema>;
