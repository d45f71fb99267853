import { OCIR_IMAGE_PATTERN } from '../private/ocir';
import { RESOURCE_NAME_PATTERN } from '../private/names';
import { DEFAULT_RATE_LIMIT_PER_SECOND, MAX_RATE_LIMIT_PER_SECOND, RATE_LIMIT_KEYS } from '../serving/api-rate-limit';
import { z } from 'zod';
import { ocid } from './ocid';
import { OCI_REGIONS } from './oci-regions';

/** Names used inside OCI display names and Terraform ids: lowercase, digits, dashes. */
export const resourceName = z
  .string()
  .regex(RESOURCE_NAME_PATTERN, 'must be 2-32 characters of a-z, 0-9 and "-", starting with a letter and not ending with "-"');

export const regionSchema = z.enum(OCI_REGIONS).meta({ description: 'OCI region identifier, such as us-ashburn-1.' });

export const tagValue = z.string().max(256, 'tag values are at most 256 characters');

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

/** The rate limit of an API deployment (a team's endpoints, MLflow tracking, governance). */
export const rateLimitFields = {
  rateLimitPerSecond: z.number().int().min(1).max(MAX_RATE_LIMIT_PER_SECOND).default(DEFAULT_RATE_LIMIT_PER_SECOND).meta({ description: 'Requests per second accepted, per client IP or in total (rateLimitKey); API Gateway answers 429 beyond it.' }),
  rateLimitKey: z.enum(RATE_LIMIT_KEYS).default('CLIENT_IP').meta({ description: 'What the rate limit counts: each client IP apart or all clients together.' }),
};

export const cidr = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, 'must be an IPv4 CIDR block a.b.c.d/n');
export const ocirImage = z.string().regex(OCIR_IMAGE_PATTERN, 'must be an OCIR image <region>.ocir.io/<namespace>/<repository>:<tag> or @sha256:<digest>');

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
