import { OciFunction, type OciFunctionProps } from '../../../lib/serving/oci-function';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const BASE: OciFunctionProps = { applicationId: 'ocid1.fnapp.oc1..app', displayName: 'scorer', image: 'fra.ocir.io/acme/mlops/scorer:1.2.0' };
const make = (extra: Partial<OciFunctionProps>) => () => new OciFunction(freshStack(), 'F', { ...BASE, ...extra } as OciFunctionProps);

describe('OciFunction', () => {
  test('defines the function with small defaults and pins a digest image', () => {
    const digest = 'a'.repeat(64);
    const r = synthResources((s) => { new OciFunction(s, 'F', { ...BASE, image: `fra.ocir.io/acme/mlops/scorer@sha256:${digest}`, provisionedConcurrency: 20, config: { MODEL_URI: 'oci://models@ns/x.onnx' } }); });
    expect(resourcesOf(r, 'oci_functions_function')[0]).toMatchObject({
      memory_in_mbs: '256', timeout_in_seconds: 30, image_digest: `sha256:${digest}`,
      provisioned_concurrency_config: { strategy: 'CONSTANT', count: 20 }, config: { MODEL_URI: 'oci://models@ns/x.onnx' },
    });
  });

  test('fails on a memory size OCI does not offer', () => {
    expect(make({ memoryMib: 300 as never })).toThrow(/memoryMib must be one of 128, 256, 512, 1024, 2048, 3072, got 300/);
  });

  test('fails on a timeout above 300 seconds', () => {
    expect(make({ timeoutSec: 900 })).toThrow(/timeoutSec must be an integer from 5 to 300 seconds, got 900/);
  });

  test('fails on an image outside OCIR', () => {
    expect(make({ image: 'scorer:latest' })).toThrow(/image must be an OCIR image/);
  });

  test('fails on a config key that is not an environment variable name', () => {
    expect(make({ config: { 'model-uri': 'x' } })).toThrow(/config keys must be letters, digits and "_".*got "model-uri"/);
  });

  test('fails on a config larger than 4 KB', () => {
    expect(make({ config: { BIG: 'x'.repeat(5000) } })).toThrow(/config must be at most 4096 bytes in all, got 5003/);
  });
});
