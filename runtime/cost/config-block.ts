/**
 * A nested block of synthesized configuration: the first element when Terraform JSON wrote the
 * block as a one-element list, else the object itself.
 *
 * @example
 * configBlock([{ ocpus: 2 }]); // { ocpus: 2 }
 */
export function configBlock(v: unknown): Record<string, unknown> | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  return x && typeof x === 'object' ? (x as Record<string, unknown>) : undefined;
}
