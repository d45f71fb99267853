import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchemas, configReferenceMarkdown, replaceReadmeSection } from '../../../lib/config';

describe('committed JSON Schemas', () => {
  test.each(Object.entries(configJsonSchemas()))('schemas/%s.schema.json is up to date (run `npm run gen:schema`)', (name, schema) => {
    const committed = readFileSync(join(__dirname, '../../../schemas', `${name}.schema.json`), 'utf8');
    expect(committed).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  test('the team schema rejects unknown keys and describes every field', () => {
    const schema = configJsonSchemas()['team-config'] as { additionalProperties: boolean; properties: Record<string, { description?: string }> };
    expect(schema.additionalProperties).toBe(false);
    for (const [key, prop] of Object.entries(schema.properties)) expect([key, prop.description]).toEqual([key, expect.any(String)]);
  });

  test('the config reference in README.md is up to date (run `npm run gen:schema`)', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    expect(replaceReadmeSection(readme, configReferenceMarkdown())).toBe(readme);
  });
});
