import { parse } from 'yaml';
import { z } from 'zod';
import { type UsageFile } from './cost-types';

const usageValues = z.record(z.string(), z.number().nonnegative());

const UsageFileSchema = z
  .object({
    version: z.union([z.literal('0.1'), z.literal(0.1)]),
    resource_type_default_usage: z
      .record(z.string(), usageValues)
      .superRefine((types, ctx) => {
        for (const type of Object.keys(types).filter((t) => !/^oci_[a-z0-9_]+$/.test(t))) {
          ctx.addIssue({ code: 'custom', path: [type], message: `must be an oci_* resource type (oci_functions_function...), got "${type}"` });
        }
      })
      .default({}),
    resource_usage: z.record(z.string(), usageValues).default({}),
  })
  .strict();

/**
 * Parses a usage file (YAML):
 *
 *     version: 0.1
 *     resource_type_default_usage:
 *       oci_functions_function: { monthly_invocations: 1000000, average_duration_ms: 120 }
 *     resource_usage:
 *       team-fraud-detection/oci_objectstorage_bucket.Team_Bucket_1A2B3C4D: { storage_gb: 500 }
 *
 * @param text - the file's content
 * @param file - its name, for messages
 * @returns the usage assumptions
 * @throws Error naming the file, the path of each problem and what is allowed
 * @example
 * parseUsageFile('version: 0.1\nresource_usage: {}\n', 'usage.yaml');
 */
export function parseUsageFile(text: string, file: string): UsageFile {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new Error(`${file}: not YAML: ${(err as Error).message}`);
  }
  const parsed = UsageFileSchema.safeParse(doc);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}

