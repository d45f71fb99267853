import { type DriftProfile, DriftProfileSchema } from './drift-profile-schema';

/**
 * Validates a reference profile read from a file or Object Storage.
 *
 * @param json - the parsed JSON
 * @param source - where it came from, for the error message
 * @returns the profile
 * @throws Error naming `parseDriftProfile`, the source and every issue as `path: message`
 * @example
 * parseDriftProfile({ format: 'oci-mlops.drift-profile/v1', rows: 0, features: {} }, 'p.json'); // { format: ..., rows: 0, features: {} }
 */
export function parseDriftProfile(json: unknown, source: string): DriftProfile {
  const parsed = DriftProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`parseDriftProfile: ${source} is not a drift profile: ${issues}`);
  }
  return parsed.data;
}
