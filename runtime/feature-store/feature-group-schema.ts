import { z } from 'zod';
import { DataQualitySuiteSchema } from '../data-quality/suite-schema';
import { type Aggregation, aggregationType, AggregationSchema, AggregationSourceSchema, describeAggregation } from './aggregation-schema';
import { SourceColumnKindError, sourceColumnKinds } from './source-column-kinds';

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
 * The feature an aggregation computes, as the stores keep it: its name, int64 for counts and float64
 * otherwise, described by its declaration unless it has a description of its own.
 */
export function aggregationFeature(a: Aggregation): FeatureDefinition {
  return { name: a.name, type: aggregationType(a.function), description: a.description ?? describeAggregation(a) };
}

const sameFeature = (a: FeatureDefinition, b: FeatureDefinition) => a.name === b.name && a.type === b.type && a.description === b.description;

/**
 * The definition of a feature group, as a team config file or `features register --file` declares it.
 *
 * Rules zod checks: names are identifiers; entity keys, the event-time column, the features and the
 * aggregations are pairwise distinct; the TTL is a positive whole number of seconds (absent: any
 * older row matches). A group declares plain features, aggregations computed from a `source` of raw
 * events (runtime/feature-store/aggregation-schema.ts), or both.
 *
 * The parsed definition lists every stored column in `features`: the plain features, then one per
 * aggregation (`aggregationFeature`), so the stores need not know which columns are computed.
 * Parsing a parsed definition again gives it back unchanged (team configs are parsed, passed to the
 * ingestion job as JSON and parsed there again): a feature equal to an aggregation's is its own.
 */
export const FeatureGroupDefinitionSchema = z
  .object({
    name: groupName,
    entityKeys: z.array(columnName).min(1).max(8),
    eventTimeColumn: columnName,
    features: z.array(FeatureDefinitionSchema).max(500).optional(),
    source: AggregationSourceSchema.optional(),
    aggregations: z.array(AggregationSchema).min(1).max(200).optional(),
    ttlSec: z.number().int().positive().max(100 * 365 * 86400).optional(),
    description: z.string().max(4000).optional(),
    tags: z.record(z.string().min(1).max(100), z.string().max(256)).optional(),
    /** A data-quality suite every ingested batch must pass (`features ingest`, the ingestion job); a failing batch is rejected whole. */
    dataQuality: DataQualitySuiteSchema.optional(),
  })
  .strict()
  .superRefine((def, ctx) => {
    const aggregations = def.aggregations ?? [];
    const computed = new Map(aggregations.map((a) => [a.name, aggregationFeature(a)]));
    const plain = (def.features ?? []).filter((f) => !(computed.has(f.name) && sameFeature(f, computed.get(f.name)!)));
    if (!def.aggregations && plain.length === 0) ctx.addIssue({ code: 'custom', path: ['features'], message: 'declare at least one feature, or aggregations with a source' });
    if (def.aggregations && !def.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'aggregations need a source: { eventTimeColumn: <the event time column of the raw events> }' });
    if (def.source && !def.aggregations) ctx.addIssue({ code: 'custom', path: ['aggregations'], message: 'a source is only used by aggregations; declare at least one' });
    const seen = new Map<string, string>();
    const claim = (name: string, role: string, path: (string | number)[]) => {
      const previous = seen.get(name.toLowerCase());
      if (previous) ctx.addIssue({ code: 'custom', path, message: `"${name}" is already used as ${previous}; column names must be distinct (case-insensitive)` });
      else seen.set(name.toLowerCase(), role);
    };
    def.entityKeys.forEach((k, i) => claim(k, 'an entity key', ['entityKeys', i]));
    claim(def.eventTimeColumn, 'the event-time column', ['eventTimeColumn']);
    (def.features ?? []).forEach((f, i) => {
      if (plain.includes(f)) claim(f.name, 'a feature', ['features', i, 'name']);
    });
    aggregations.forEach((a, i) => claim(a.name, 'an aggregation', ['aggregations', i, 'name']));
    // The computation reads keys and time itself; an aggregation over them would be constant or a count.
    const reserved = new Set([...def.entityKeys, ...(def.source ? [def.source.eventTimeColumn] : [])]);
    aggregations.forEach((a, i) => {
      if (a.column !== undefined && reserved.has(a.column)) ctx.addIssue({ code: 'custom', path: ['aggregations', i, 'column'], message: `"${a.column}" is an entity key or the source event time; aggregate another column` });
      if (a.where && reserved.has(a.where.column)) ctx.addIssue({ code: 'custom', path: ['aggregations', i, 'where', 'column'], message: `"${a.where.column}" is an entity key or the source event time; filter on another column` });
    });
    try {
      sourceColumnKinds(aggregations);
    } catch (err) {
      if (!(err instanceof SourceColumnKindError)) throw err;
      ctx.addIssue({ code: 'custom', path: [...err.path], message: err.message });
    }
    if (plain.length + aggregations.length > 500) ctx.addIssue({ code: 'custom', path: ['aggregations'], message: `at most 500 features and aggregations together, got ${plain.length + aggregations.length}` });
  })
  .transform((def) => {
    if (!def.aggregations) return { ...def, features: def.features ?? [] };
    const computed = def.aggregations.map(aggregationFeature);
    const plain = (def.features ?? []).filter((f) => !computed.some((c) => sameFeature(f, c)));
    return { ...def, features: [...plain, ...computed] };
  });

export type FeatureDefinition = z.infer<typeof FeatureDefinitionSchema>;
export type FeatureGroupDefinition = z.infer<typeof FeatureGroupDefinitionSchema>;
