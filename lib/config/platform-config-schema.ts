import { z } from 'zod';
import { ocid } from './ocid';
import { budgetSchema, notificationSchema, regionSchema, resourceName } from './team-config-schema';

const cidr = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, 'must be an IPv4 CIDR block a.b.c.d/n');
const ocirImage = z.string().regex(/^([a-z]{3}|[a-z]{2,}-[a-z]+-\d)\.ocir\.io\/[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9._/-]*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}|@sha256:[a-f0-9]{64})$/, 'must be an OCIR image <region>.ocir.io/<namespace>/<repository>:<tag> or @sha256:<digest>');

export const jwtAuthenticationSchema = z
  .object({
    type: z.literal('jwt'),
    issuers: z.array(z.string().min(1)).min(1).meta({ description: 'Accepted iss claims.' }),
    audiences: z.array(z.string().min(1)).min(1).meta({ description: 'Accepted aud claims.' }),
    jwksUri: z.url({ protocol: /^https$/ }).meta({ description: 'JSON Web Key Set URL of the issuer (an OCI IAM identity domain, say).' }),
  })
  .strict();

export const functionAuthenticationSchema = z
  .object({
    type: z.literal('function'),
    functionId: ocid('fnfunc').meta({ description: 'OCID of the authorizer function.' }),
  })
  .strict();

export const apiAuthenticationSchema = z
  .discriminatedUnion('type', [jwtAuthenticationSchema, functionAuthenticationSchema])
  .meta({ description: 'How callers authenticate: a JWT checked against a JWKS, or an authorizer function.' });

export const networkSchema = z
  .object({
    vcnCidr: cidr.default('10.0.0.0/16').meta({ description: 'CIDR of the VCN.' }),
    workloadsSubnetCidr: cidr.default('10.0.0.0/20').meta({ description: 'Private subnet of notebooks, jobs, functions, containers and OKE nodes.' }),
    dataSubnetCidr: cidr.default('10.0.16.0/22').meta({ description: 'Private subnet of databases, without internet route.' }),
    endpointsSubnetCidr: cidr.default('10.0.20.0/24').meta({ description: 'Private subnet of API Gateway and private endpoints.' }),
    enablePublicGateway: z.boolean().default(false).meta({ description: 'Put the API Gateway on a public subnet.' }),
    publicSubnetCidr: cidr.optional().meta({ description: 'CIDR of the public subnet (default 10.0.21.0/24 when enablePublicGateway).' }),
  })
  .strict();

export const shapeSizingSchema = {
  shape: z.string().min(1).meta({ description: 'Compute shape: a flexible shape (VM.Standard.E4.Flex...) or, with allowGpuShapes, a GPU shape.' }),
  ocpus: z.number().int().positive().optional().meta({ description: 'OCPUs of a flexible shape.' }),
  memoryGb: z.number().positive().optional().meta({ description: 'Memory in GB of a flexible shape.' }),
};

export const notebookSessionSchema = z
  .object({
    name: resourceName.meta({ description: 'Notebook name, unique in the list.' }),
    ...shapeSizingSchema,
    blockStorageGb: z.number().int().min(50).max(10240).optional().meta({ description: 'Block storage in GB (default 100).' }),
  })
  .strict();

export const okeSchema = z
  .object({
    kubernetesVersion: z.string().regex(/^v1\.\d+\.\d+$/).optional().meta({ description: 'Kubernetes version (default v1.31.1).' }),
    nodeType: z.enum(['managed', 'virtual']).default('virtual').meta({ description: 'Virtual nodes (no VMs to manage) or a managed node pool.' }),
    nodeShape: z.string().optional().meta({ description: 'Node shape.' }),
    nodeOcpus: z.number().int().min(1).max(64).optional(),
    nodeMemoryGb: z.number().int().min(1).max(1024).optional(),
    minNodes: z.number().int().min(1).default(2),
    maxNodes: z.number().int().min(1).default(5),
    nodeImageId: ocid('image').optional().meta({ description: 'OKE node image OCID (managed nodes only).' }),
  })
  .strict();

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
      })
      .strict()
      .optional()
      .meta({ description: 'MLflow tracking server; omitted means no experiment tracking.' }),
    oke: okeSchema.optional().meta({ description: 'Shared OKE cluster for model endpoints; omitted means none.' }),
    modelNames: z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/)).default([]).meta({ description: 'Models of the shared registry (one model version set each).' }),
    notifications: z.array(notificationSchema).default([]).meta({ description: "Who the platform's critical, warning and info topics notify." }),
    budget: budgetSchema.optional().meta({ description: 'Monthly budget of the platform compartment.' }),
  })
  .strict()
  .meta({ title: 'oci-mlops platform configuration', description: 'The shared platform: stacks/platform.yaml.' });

export type PlatformConfigInput = z.input<typeof PlatformConfigSchema>;
export type PlatformConfig = z.output<typeof PlatformConfigSchema>;
