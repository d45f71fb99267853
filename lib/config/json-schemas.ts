import { z } from 'zod';
import { DataQualitySuiteSchema } from '../../runtime/data-quality/suite-schema';
import { PlatformConfigSchema } from './platform-config-schema';
import { TeamConfigSchema } from './team-config-schema';

/**
 * JSON Schemas (draft 2020-12) of the config files, for editors: the YAML language server reads the
 * `# yaml-language-server: $schema=...` line of a file and completes and flags fields while typing.
 * `io: 'input'` describes what a user writes (fields with defaults are optional).
 */
export function configJsonSchemas(): Record<'team-config' | 'platform-config' | 'data-quality-suite', object> {
  return {
    'team-config': z.toJSONSchema(TeamConfigSchema, { io: 'input', unrepresentable: 'throw' }),
    'platform-config': z.toJSONSchema(PlatformConfigSchema, { io: 'input', unrepresentable: 'throw' }),
    'data-quality-suite': z.toJSONSchema(DataQualitySuiteSchema, { io: 'input', unrepresentable: 'throw' }),
  };
}
