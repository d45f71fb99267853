import type { VaultSecretSecretGenerationContext } from '../../.gen/providers/oci/vault-secret';

/**
 * Passphrase templates of Vault secret generation, as the Vault API's PassphraseGenerationContext
 * lists them (`generationTemplate`). The provider passes the string through unchecked; any other value
 * is refused by the API when the secret is created.
 */
export const PASSPHRASE_GENERATION_TEMPLATES = ['SECRETS_DEFAULT_PASSWORD', 'DBAAS_DEFAULT_PASSWORD'] as const;
/** A passphrase template of Vault secret generation. */
export type PassphraseGenerationTemplate = (typeof PASSPHRASE_GENERATION_TEMPLATES)[number];

/** A database whose password Vault generates for the library. */
export type GeneratedPasswordDatabase = 'autonomous-database' | 'postgresql';

/** The password rule of a database, as its service documents it. */
export interface DatabasePasswordRule {
  /** Fewest characters the database accepts. */
  readonly minLength: number;
  /** Most characters the database accepts. */
  readonly maxLength: number;
  /** The rule in words, with where it is documented. */
  readonly rule: string;
}

/**
 * Password rules of the databases the library creates.
 *
 * Autonomous Database: 12-30 characters with an upper case letter, a lower case letter and a digit,
 * no `"` and not the user name ("Create Database Users", Autonomous Database documentation).
 * OCI Database with PostgreSQL: 8-32 characters with upper and lower case letters, a digit and a
 * special character (the service's create and reset-credentials forms).
 */
export const DATABASE_PASSWORD_RULES: Readonly<Record<GeneratedPasswordDatabase, DatabasePasswordRule>> = {
  'autonomous-database': { minLength: 12, maxLength: 30, rule: '12-30 characters, upper and lower case letters and a digit, no " and not the user name' },
  postgresql: { minLength: 8, maxLength: 32, rule: '8-32 characters, upper and lower case letters, a digit and a special character' },
};

/** Length of the generated database passwords: the longest Autonomous Database accepts, within PostgreSQL's range too. */
export const DATABASE_PASSWORD_LENGTH = 30;

/**
 * The secret generation context of a database password that Vault generates.
 *
 * Uses `DBAAS_DEFAULT_PASSWORD`, the template Vault provides for database service passwords: it mixes
 * upper and lower case letters, digits and the special characters `_`, `#` and `-` that Oracle
 * database passwords allow, which also gives PostgreSQL the special character it requires.
 * `SECRETS_DEFAULT_PASSWORD` is the generic template, without a guarantee on the character classes.
 *
 * @param database which database the password is for; its documented length range is checked
 * @param passphraseLength characters to generate
 * @returns the `secretGenerationContext` of a `VaultSecret` with `enableAutoGeneration: true`
 * @throws when `passphraseLength` is outside the database's range
 * @example databasePasswordGeneration('postgresql') // { generationType: 'PASSPHRASE', generationTemplate: 'DBAAS_DEFAULT_PASSWORD', passphraseLength: 30 }
 */
export function databasePasswordGeneration(database: GeneratedPasswordDatabase, passphraseLength = DATABASE_PASSWORD_LENGTH): VaultSecretSecretGenerationContext {
  const rule = DATABASE_PASSWORD_RULES[database];
  if (!Number.isInteger(passphraseLength) || passphraseLength < rule.minLength || passphraseLength > rule.maxLength) {
    throw new Error(`databasePasswordGeneration: passphraseLength for ${database} must be an integer from ${rule.minLength} to ${rule.maxLength} (${rule.rule}), got ${passphraseLength}`);
  }
  const generationTemplate: PassphraseGenerationTemplate = 'DBAAS_DEFAULT_PASSWORD';
  return { generationType: 'PASSPHRASE', generationTemplate, passphraseLength };
}
