/**
 * A DevOps pipeline parameter placeholder (`${NAME}`) written into a Terraform string: `$${NAME}`,
 * which Terraform turns back into a literal `${NAME}` instead of reading it as an interpolation.
 *
 * @param name - the parameter name (IMAGE_TAG)
 * @returns `$${NAME}`
 * @example
 * terraformPlaceholder('IMAGE_TAG'); // '$${IMAGE_TAG}'
 */
export function terraformPlaceholder(name: string): string {
  return `$\${${name}}`;
}
