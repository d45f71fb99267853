import { z } from 'zod';
import { budgetSchema, notebookSessionSchema, okeSchema, regionSchema, resourceName, tagsSchema } from './common-schemas';
import { notificationSchema } from './subscription-schema';
import { endpointsSectionSchema } from './endpoint-schema';
import { FeatureStoreConfigSchema } from './feature-store-schema';
import { monitoringSchema } from './monitoring-schema';
import { ocid } from './ocid';
import { releasesSchema } from './release-schema';

export const teamNetworkSchema = z
  .object({
    vcnId: ocid('vcn').meta({ description: 'OCID of the VCN.' }),
    workloadsSubnetId: ocid('subnet').meta({ description: 'Private subnet of notebooks, jobs, functions and nodes.' }),
    dataSubnetId: ocid('subnet').meta({ description: 'Private subnet of databases.' }),
    endpointsSubnetId: ocid('subnet').meta({ description: 'Private subnet of gateways and private endpoints.' }),
  })
  .strict();

export const teamDataScienceSchema = z
  .object({
    allowGpuShapes: z.boolean().default(false).meta({ description: 'Allow GPU shapes (off so that a typo cannot start a GPU bill).' }),
    notebooks: z.array(notebookSessionSchema).default([]).meta({ description: 'Notebook sessions of the team.' }),
    modelNames: z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/, 'must be 1-255 letters, digits, "_", "." or "-"')).default([]).meta({ description: "Models of the team's registry (one model version set each)." }),
  })
  .strict();

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
    network: teamNetworkSchema.optional().meta({ description: "The team's own VCN and subnets (bring your own network); omitted means the platform's network." }),
    dataScience: teamDataScienceSchema.default({ allowGpuShapes: false, notebooks: [], modelNames: [] }).meta({ description: "The team's Data Science project: notebooks and model registry." }),
    oke: okeSchema.optional().meta({ description: 'An OKE cluster of the team; omitted means none (endpoints use the platform cluster).' }),
    endpoints: endpointsSectionSchema.optional().meta({ description: 'Model endpoints (functions, oke, datascience) behind one authenticated API Gateway deployment.' }),
    monitoring: monitoringSchema.optional().meta({ description: 'Drift monitoring and alarms per endpoint, and the prediction-log pipeline.' }),
    releases: releasesSchema.optional().meta({ description: 'Model build pipelines and releases (rolling, blue-green, canary) on OCI DevOps.' }),
    featureStore: FeatureStoreConfigSchema.optional().meta({ description: "The team's feature store: feature groups on Autonomous Database, Object Storage and Streaming." }),
  })
  .strict()
  .meta({ title: 'oci-mlops team configuration', description: 'One team of the oci-mlops platform: stacks/teams/<team>.yaml.' });

export type TeamConfigInput = z.input<typeof TeamConfigSchema>;
export type TeamConfig = z.output<typeof TeamConfigSchema>;
