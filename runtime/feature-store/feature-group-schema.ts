import { z } from 'zod';
import { DataQualitySuiteSchema } from '../data-quality/suite-schema';

/** Value types a feature can have; the same names are used by every store. */
export const FEATURE_TYPES = ['int64', 'float64', 'string', 'bool'] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

/** Lowercase snake case, so the name is a valid, case-stable identifier in DuckDB, SQLite and Oracle. */
const groupName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,59}$/, 'must be 1-60 characters: a lowercase letter, then lowercase letters, digits or _');

/** Column names must not start with `__`: the stores keep their own bookkeeping columns under that prefix. */
const columnName = z
  .string()
  .regex(/^(?!__)[A-Za-z_][A-Za-z0-9_]{0,59}$/, 'must be 1-60 characters of letters, digits or _, not starting with a digit or __');

/** One feature of a group: its column name, value type and an optional description. */
export const FeatureDefinitionSchema = z
  .object({
    name: columnName,
    type: z.enum(FEATURE_TYPES),
    description: z.string().max(1000).optional(),
  })
  .strict();

/**
 * The definition of a feature group, as a team config file or `features register --file` declares it.
 *
 * Rules zod checks: names are identifiers; entity keys, the event-time column and the features are
 * pairwise distinct; the TTL is a positive whole number of seconds (absent: any older row matches).
 */
export const FeatureGroupDefinitionSchema = z
  .object({
    name: groupName,
    entityKeys: z.array(columnName).min(1).max(8),
    eventTimeColumn: columnName,
    features: z.array(FeatureDefinitionSchema).min(1).max(500),
    ttlSec: z.number().int().positive().max(100 * 365 * 86400).optional(),
    description: z.string().max(4000).optional(),
    tags: z.record(z.string().min(1).max(100), z.string().max(256)).optional(),
    /** A data-quality suite every ingested batch must pass (`features ingest`, the ingestion job); a failing batch is rejected whole. */
    dataQuality: DataQualitySuiteSchema.optional(),
  })
  .strict()
  .superRefine((def, ctx) => {
    const seen = new Map<string, string>();
    const claim = (name: string, role: string, path: (string | number)[]) => {
      const previous = seen.get(name.toLowerCase());
      if (previous) ctx.addIssue({ code: 'custom', path, message: `"${name}" is already used as ${previous}; column names must be distinct (case-insensitive)` });
      else seen.set(name.toLowerCase(), role);
    };
    def.entityKeys.forEach((k, i) => claim(k, 'an entity key', ['entityKeys', i]));
    claim(def.eventTimeColumn, 'the event-time column', ['eventTimeColumn']);
    def.features.forEach((f, i) => claim(f.name, 'a feature', ['features', i, 'name']));
  });

export type FeatureDefinition = z.infer<typeof FeatureDefinitionSchema>;
export type FeatureGroupDefinition = z.infer<typeof FeatureGroupDefinitionSchema>;
