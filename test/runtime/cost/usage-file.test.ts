import { parseUsageFile } from '../../../runtime/cost/usage-file';
import { usageFor } from '../../../runtime/cost/usage-for';

test('parses per-type defaults and per-resource values', () => {
  const u = parseUsageFile('version: 0.1\nresource_type_default_usage:\n  oci_functions_function: { monthly_invocations: 1000 }\nresource_usage:\n  team-a/oci_functions_function.F: { average_duration_ms: 50 }\n', 'u.yaml');
  expect(usageFor(u, 'team-a', 'oci_functions_function', 'F')).toEqual({ monthly_invocations: 1000, average_duration_ms: 50 });
  expect(usageFor(u, 'team-b', 'oci_functions_function', 'F')).toEqual({ monthly_invocations: 1000 });
});

test.each([
  ['version: 2\n', /u\.yaml: version: /],
  ['version: 0.1\nresource_usage:\n  a.b: { storage_gb: -1 }\n', /u\.yaml: resource_usage\.a\.b\.storage_gb: /],
  ['version: 0.1\nresource_type_default_usage:\n  bucket: { storage_gb: 1 }\n', /u\.yaml: resource_type_default_usage\.bucket: must be an oci_\* resource type/],
  ['version: 0.1\nresources: {}\n', /u\.yaml: \(root\): Unrecognized key/],
  ['version: [\n', /u\.yaml: not YAML/],
])('fails on %j', (text, message) => {
  expect(() => parseUsageFile(text, 'u.yaml')).toThrow(message);
});
