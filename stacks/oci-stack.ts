import { relative, resolve } from 'node:path';
import { type App, LocalBackend, TerraformStack } from 'cdktf';
import { type Construct } from 'constructs';
import { OciProvider } from '../.gen/providers/oci/provider';

export interface OciStackProps {
  /** OCI region of the stack's provider. */
  readonly region: string;
}

/**
 * A Terraform stack with the oracle/oci provider and an explicit local backend.
 *
 * The state file sits in the project root as `terraform.<stack>.tfstate` (where cdktf's default
 * backend puts it), so re-synthesizing, which replaces cdktf.out/, never touches state. The path is
 * written relative to the stack's folder: cdktf's default writes it absolute, which would make the
 * output differ between two checkouts.
 */
export class OciStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: OciStackProps) {
    super(scope, id);
    new OciProvider(this, 'oci', { region: props.region });
    const app = scope as App;
    const stackDir = resolve(app.outdir, 'stacks', id);
    new LocalBackend(this, { path: relative(stackDir, resolve(app.outdir, '..', `terraform.${id}.tfstate`)) });
  }
}
