import { type z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/nullable/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
}

/** The option of a discriminated union that `value`'s discriminator selects; other schemas as they are. */
function variantFor(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type !== 'union') return s;
  if (def.discriminator === undefined || typeof value !== 'object' || value === null) return undefined;
  const tag = (value as Record<string, unknown>)[def.discriminator];
  const option = def.options?.find((o) => defOf(unwrap(o)).shape?.[def.discriminator!]?.safeParse(tag).success);
  return option && unwrap(option);
}

/**
 * The schema that validates the value at `path` inside a value validated by `schema`; `value` (the
 * whole document) selects the option of a discriminated union on the way.
 */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[], value?: unknown): z.ZodType | undefined {
  let s: z.ZodType | undefined = variantFor(schema, value);
  let v = value;
  for (const segment of path) {
    if (!s) return undefined;
    const def = defOf(s);
    if (def.type === 'object') s = def.shape?.[String(segment)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
    v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[segment] : undefined;
    s = s && variantFor(s, v);
  }
  return s;
}

/** The keys an object schema accepts (empty when the schema at that place is not an object). */
export function objectKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
