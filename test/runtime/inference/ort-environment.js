/**
 * Jest environment for tests that run ONNX Runtime: onnxruntime-node checks typed arrays with
 * `instanceof` against the Node realm's constructors, while Jest gives each test file its own
 * realm; this environment hands the test realm the Node realm's typed array constructors.
 * Use with the docblock `@jest-environment ./test/runtime/inference/ort-environment.js`.
 */
const { TestEnvironment } = require('jest-environment-node');

class OrtEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['Float32Array', 'Float64Array', 'Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array', 'ArrayBuffer', 'Uint8ClampedArray']) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = OrtEnvironment;
