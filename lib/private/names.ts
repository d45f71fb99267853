/**
 * Names that become part of OCI display names, bucket names and Terraform ids (platform and team
 * names): 2-32 characters of a-z, 0-9 and "-", starting with a letter and not ending with "-".
 * One pattern for the config schemas and the constructs, so a name the schema accepts is never
 * refused later.
 */
export const RESOURCE_NAME_PATTERN = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;

/** A DNS label (1-15 alphanumerics starting with a letter), derived from a name. */
export function dnsLabel(name: string): string {
  const label = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (/^[a-z]/.test(label) ? label : `n${label}`).slice(0, 15);
}
