import { Token } from 'cdktf';
import { type IConstruct } from 'constructs';

/**
 * A display name for an OCI resource: `<prefix>-<suffix>`, lowercase, dashes, at most `max`
 * characters (OCI display names allow 255, bucket names 256, some names far fewer).
 */
export function resourceName(prefix: string, suffix: string, max = 100): string {
  const name = `${prefix}-${suffix}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return name.slice(0, max);
}

/** A DNS label (1-15 alphanumerics starting with a letter), derived from a name. */
export function dnsLabel(name: string): string {
  const label = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (/^[a-z]/.test(label) ? label : `n${label}`).slice(0, 15);
}

/** The unresolved-or-literal value as text for error messages. */
export function shown(value: unknown): string {
  return Token.isUnresolved(value) ? '<token>' : JSON.stringify(value);
}

/** The construct path below its stack, for messages (`Platform/Network`). */
export function pathOf(scope: IConstruct): string {
  return scope.node.path;
}
