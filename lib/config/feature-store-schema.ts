import { z } from 'zod';
import { FeatureGroupDefinitionSchema } from '../../runtime/feature-store/feature-group-schema';
import { cidr, ocirImage } from './common-schemas';
import { ocid } from './ocid';
import { autonomousDatabaseConfigSchema } from './governance-schema';

/** The `featureStore:` section of a team file: the team's feature groups and where they live (docs/feature-store-construct.md). */
export const FeatureStoreConfigSchema = z
  .object({
    ingestionImage: ocirImage.meta({ description: 'OCIR image of the ingestion job (drains the streams, materialises the online store).' }),
    ingestionImageCompartmentId: ocid('compartment', 'tenancy').optional().meta({ description: "Compartment of the ingestion image's OCIR repository, where the job runs may pull it; omitted means the platform compartment (where the platform's shared images live)." }),
    featureGroups: z.array(FeatureGroupDefinitionSchema).min(1).meta({ description: 'Feature groups of the team (runtime/feature-store/feature-group-schema.ts); one ingestion stream each.' }),
    ingestionIntervalMinutes: z.number().int().default(15).meta({ description: 'Minutes between ingestion job runs (dividing an hour or a day).' }),
    ingestionMaxRuntimeMinutes: z.number().int().default(60).meta({ description: 'Longest ingestion run in minutes.' }),
    ingestionShape: z.string().default('VM.Standard.E4.Flex').meta({ description: 'Flexible shape of the ingestion job.' }),
    ingestionOcpus: z.number().int().default(1).meta({ description: 'OCPUs of the ingestion job.' }),
    ingestionMemoryGb: z.number().int().default(16).meta({ description: 'Memory of the ingestion job in GB.' }),
    streamPartitions: z.number().int().default(1).meta({ description: "Partitions of each group's stream (1-50)." }),
    streamRetentionHours: z.number().int().default(24).meta({ description: 'Hours a stream keeps messages (24-168).' }),
    clientCidrs: z.array(cidr).default([]).meta({ description: "CIDR of the team's workloads subnet (the ingestion job's VNIC has no NSG); omitted means the platform network's workloads subnet, and is required for a team's own network." }),
    database: autonomousDatabaseConfigSchema
      .default(autonomousDatabaseConfigSchema.parse({}))
      .meta({ description: 'The Autonomous Database holding registry, offline and online tables.' }),
  })
  .strict()
  .meta({ title: 'oci-mlops feature store', description: 'The featureStore: section of a team file.' });

export type FeatureStoreConfigInput = z.input<typeof FeatureStoreConfigSchema>;
export type FeatureStoreConfig = z.output<typeof FeatureStoreConfigSchema>;
