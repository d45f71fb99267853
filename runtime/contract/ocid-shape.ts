/**
 * The shape constructs and runtime configuration check OCIDs against:
 * `ocid1.<type>.<realm>.[region].<unique id>`. Looser than the config files' `ocidPattern`
 * (lib/config/ocid.ts), which also wants a unique id of at least 20 characters: constructs take values
 * from code, where tests and examples use short ids.
 *
 * @param resourceTypes the OCID's resource type(s), such as `vaultsecret`, `fnfunc`, `onstopic`, `tenancy`
 * @returns a regular expression matching a whole OCID of one of those types
 * @example
 * ocidShape('fnfunc').test('ocid1.fnfunc.oc1.eu-frankfurt-1.aaaa') // true
 */
export function ocidShape(...resourceTypes: string[]): RegExp {
  return new RegExp(`^ocid1\\.(?:${resourceTypes.join('|')})\\.[a-z0-9-]+\\.[a-z0-9-]*\\.[a-z0-9]+$`);
}
