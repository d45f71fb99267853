/**
 * A reference to a DevOps pipeline parameter (`${NAME}`) written into a Terraform string: `$${NAME}`,
 * which Terraform turns back into a literal `${NAME}` instead of reading it as an interpolation.
 *
 * @param name - the parameter name (IMAGE_TAG)
 * @returns `$${NAME}`
 * @example
 * devopsParameterReference('IMAGE_TAG'); // '$${IMAGE_TAG}'
 */
export function devopsParameterReference(name: string): string {
  return `$\${${name}}`;
}
