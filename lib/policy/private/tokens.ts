import { DefaultTokenResolver, StringConcat, Token, Tokenization } from 'cdktf';
import { type IConstruct } from 'constructs';

/** A Terraform reference found in a configured value, e.g. `oci_core_subnet.Net_Subnet_1A2B3C4D` + `id`. */
export interface ResourceReference {
  /** `<resource type>.<name>`, the Terraform address of the referenced resource in its stack. */
  readonly address: string;
  /** The referenced attribute (`id`, `default_security_list_id`...). */
  readonly attribute: string;
}

const RESOLVER = new DefaultTokenResolver(new StringConcat());
// A managed resource reference inside `${...}`: not preceded by "data." or another identifier character.
const REFERENCE = /(?<![\w.])(oci_[a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)/g;

/**
 * Whether a configured value is only known at apply time (a cdktf token, a reference, a variable).
 *
 * @param value - any configured value
 * @returns true for tokens, false for literals and undefined
 */
export function isToken(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/**
 * Whether an optional attribute is set: a non-empty literal string, any other literal, or a token.
 *
 * A token counts as set: a key given as `key.id` or a variable is configured, only its value is
 * unknown. Rules that compare a value (not just its presence) treat a token as NOT_APPLICABLE instead.
 *
 * @param value - the `*Input` value of an L1 attribute
 * @returns false for undefined, null and blank strings
 */
export function isConfigured(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (isToken(value)) return true;
  return typeof value === 'string' ? value.trim() !== '' : true;
}

/**
 * The resource references a configured value holds, resolved without side effects (not in the
 * prepare phase, so no cross-stack outputs or remote states are created).
 *
 * @param scope - the construct that holds the value (resolution context)
 * @param value - a configured value, usually a token string such as `subnet.id`
 * @returns the references found; empty for literals and for values that do not resolve
 */
export function resourceReferences(scope: IConstruct, value: unknown): ResourceReference[] {
  if (!isToken(value)) return [];
  let resolved: unknown;
  try {
    resolved = Tokenization.resolve(value, { scope, resolver: RESOLVER, preparing: false });
  } catch {
    return [];
  }
  const text = typeof resolved === 'string' ? resolved : JSON.stringify(resolved ?? null);
  return [...text.matchAll(REFERENCE)].map((m) => ({ address: `${m[1]}.${m[2]}`, attribute: m[3] }));
}

/**
 * The literal text a string starts with: the whole string for a literal, the text before the first
 * token for a string that concatenates literals and tokens (`http://${ip}:5000` gives `http://`).
 *
 * @param value - a configured string value
 * @returns the literal prefix; '' when the string starts with a token
 */
export function literalPrefix(value: string): string {
  if (!isToken(value)) return value;
  const fragments = Tokenization.reverseString(value);
  const first: unknown = fragments.length > 0 && fragments.firstToken === undefined ? fragments.firstValue : undefined;
  return typeof first === 'string' ? first : '';
}
