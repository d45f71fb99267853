import { DATABASE_PASSWORD_LENGTH, DATABASE_PASSWORD_RULES, PASSPHRASE_GENERATION_TEMPLATES, databasePasswordGeneration } from '../../../lib/security/database-password-generation';

describe('databasePasswordGeneration', () => {
  test.each(['autonomous-database', 'postgresql'] as const)('asks Vault for a %s password from its database template, 30 characters', (database) => {
    expect(databasePasswordGeneration(database)).toEqual({ generationType: 'PASSPHRASE', generationTemplate: 'DBAAS_DEFAULT_PASSWORD', passphraseLength: 30 });
  });

  test('uses only the passphrase templates of the Vault API', () => {
    expect(PASSPHRASE_GENERATION_TEMPLATES).toEqual(['SECRETS_DEFAULT_PASSWORD', 'DBAAS_DEFAULT_PASSWORD']);
    expect(PASSPHRASE_GENERATION_TEMPLATES).toContain(databasePasswordGeneration('postgresql').generationTemplate);
  });

  test('generates a length both Autonomous Database and PostgreSQL accept', () => {
    for (const rule of Object.values(DATABASE_PASSWORD_RULES)) {
      expect(DATABASE_PASSWORD_LENGTH).toBeGreaterThanOrEqual(rule.minLength);
      expect(DATABASE_PASSWORD_LENGTH).toBeLessThanOrEqual(rule.maxLength);
    }
  });

  test('accepts the longest password PostgreSQL allows', () => {
    expect(databasePasswordGeneration('postgresql', 32).passphraseLength).toBe(32);
  });

  test('fails for an Autonomous Database password over 30 characters', () => {
    expect(() => databasePasswordGeneration('autonomous-database', 32)).toThrow(/passphraseLength for autonomous-database must be an integer from 12 to 30 .*got 32/);
  });

  test('fails for a PostgreSQL password under 8 characters', () => {
    expect(() => databasePasswordGeneration('postgresql', 7)).toThrow(/passphraseLength for postgresql must be an integer from 8 to 32 .*got 7/);
  });
});
