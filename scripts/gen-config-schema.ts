/**
 * Writes schemas/<name>.schema.json from the zod schemas of the config files, and the config
 * reference section of README.md (between its config-reference markers) from the same schemas.
 * test/lib/config/json-schemas.test.ts fails when either is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configReferenceMarkdown, configJsonSchemas, replaceReadmeSection } from '../lib/config';

const root = join(__dirname, '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, schema] of Object.entries(configJsonSchemas())) {
  writeFileSync(join(root, 'schemas', `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schemas/${name}.schema.json\n`);
}
const readme = join(root, 'README.md');
writeFileSync(readme, replaceReadmeSection(readFileSync(readme, 'utf8'), configReferenceMarkdown()));
process.stdout.write('wrote the config reference of README.md\n');
