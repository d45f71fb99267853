import { type Construct } from 'constructs';
import { type PlatformConfig } from '../lib/config';
import { OciStack } from './oci-stack';

/** The shared stack: tenancy-wide settings every team stack builds on. */
export class PlatformStack extends OciStack {
  constructor(scope: Construct, id: string, readonly config: PlatformConfig) {
    super(scope, id, { region: config.region });
  }
}
