import { Token } from 'cdktf';
import { isOcid } from '../config/ocid';
import { IamValidationError } from './iam-error';

/**
 * Terraform expressions (`${var.x}`, cdktf tokens `${TfToken[TOKEN.1]}`) are resolved only at apply time:
 * their literal parts are checked, the expression itself is not.
 */
const INTERPOLATION = /\$\{(?:[^{}]|\{[^{}]*\})*\}/g;

/** True when `value` holds a Terraform expression or an unresolved cdktf token. */
export function hasUnresolved(value: string): boolean {
  return Token.isUnresolved(value) || /\$\{/.test(value);
}

/** True when the whole of `value` is one Terraform expression (nothing literal to check). */
export function isWholeExpression(value: string): boolean {
  return value.replace(INTERPOLATION, '') === '' && value.length > 0;
}

/** `value` with every Terraform expression replaced by `placeholder`, for checking the literal parts. */
function literalParts(value: string, placeholder: string): string {
  return value.replace(INTERPOLATION, placeholder);
}

/**
 * OCI's rule for group, dynamic-group and compartment names, as the Console's create dialogs state it:
 * 1-100 characters, letters a-z A-Z, digits 0-9, period, dash and underscore; spaces aren't allowed.
 */
const OCI_NAME = /^[A-Za-z0-9._-]{1,100}$/;
const OCI_NAME_RULE = '1-100 characters: letters, digits, period (.), hyphen (-) and underscore (_), no spaces';

/**
 * Names written between single quotes (identity-domain form `'Domain'/'Group Name'`) may also hold spaces;
 * a single quote, slash, comma or brace would end the name early and is refused.
 */
const QUOTED_NAME = /^[A-Za-z0-9._@+ -]{1,100}$/;
const QUOTED_NAME_RULE = "1-100 characters: letters, digits, space, period, hyphen, underscore, @ and +; no quote ('), slash, comma or braces";

/**
 * Checks an OCI name (group, dynamic group, compartment, identity domain, tenancy alias).
 *
 * @param input - the builder input that received the value, named in the error
 * @param value - the name
 * @param quoted - whether the name is written between single quotes (allows spaces)
 * @returns the name, unchanged
 * @throws IamValidationError when the name holds characters OCI forbids or is empty or too long
 */
export function checkName(input: string, value: string, quoted = false): string {
  const [pattern, rule] = quoted ? [QUOTED_NAME, QUOTED_NAME_RULE] : [OCI_NAME, OCI_NAME_RULE];
  if (typeof value !== 'string' || !pattern.test(hasUnresolved(value) ? literalParts(value, 'x') : value)) {
    throw new IamValidationError(`${input} must be an OCI name of ${rule}; got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Checks an OCID of one of `resourceTypes` (`ocid1.<type>.<realm>.[region].<unique id>`); a whole
 * Terraform expression is accepted as it is.
 *
 * @param input - the builder input that received the value, named in the error
 * @param value - the OCID
 * @param resourceTypes - OCID resource types allowed here (`compartment`, `group`...), as regex alternatives
 * @param typeLabel - how the error names the expected type
 * @returns the OCID, unchanged
 * @throws IamValidationError when the value is not an OCID of one of the types
 */
export function checkOcid(input: string, value: string, resourceTypes: readonly string[], typeLabel = resourceTypes.join(' or ')): string {
  if (typeof value === 'string' && (isWholeExpression(value) || Token.isUnresolved(value))) return value;
  if (typeof value !== 'string' || !isOcid(value, resourceTypes)) {
    throw new IamValidationError(
      `${input} must be an OCID of type ${typeLabel} ` +
        `(ocid1.<type>.<realm>.[region].<unique id>, lowercase, 20+ character unique id) ` +
        `or a Terraform reference; got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/**
 * Checks a value written between single quotes in a condition or matching rule. OCI has no escape for
 * a quote inside a quoted value, and a line break would split the statement.
 *
 * @param input - the builder input that received the value, named in the error
 * @param value - the unquoted value
 * @returns the value, unchanged
 * @throws IamValidationError when the value holds a single quote or a line break
 */
export function checkQuotable(input: string, value: string): string {
  if (typeof value !== 'string' || /['\r\n]/.test(value.replace(INTERPOLATION, ''))) {
    throw new IamValidationError(
      `${input} must be a string without single quotes or line breaks (OCI has no escape for them); got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
