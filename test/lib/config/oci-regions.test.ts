import * as common from 'oci-common';
import { OCI_REGIONS } from '../../../lib/config';

test('the region list holds every region the OCI SDK knows', () => {
  const sdk = new Set(common.Region.values().map((r) => r.regionId));
  const missing = [...sdk].filter((id) => !(OCI_REGIONS as readonly string[]).includes(id));
  expect(missing).toEqual([]);
});
