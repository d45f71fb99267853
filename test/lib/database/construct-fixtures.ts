/** Fixtures shared by the database, governance and feature-store construct tests: ids, a stack with the provider, tf-validate. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type App, TerraformStack, Testing } from 'cdktf';
import { OciProvider } from '../../../.gen/providers/oci/provider';
import { type IPlatformNetwork } from '../../../lib/network/platform-network';
import { type IPlatformVault } from '../../../lib/security/platform-vault';

export const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a';
export const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
export const VAULT: IPlatformVault = {
  vaultId: 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaavaultexampleexampleexample',
  keyId: 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaakeyexampleexampleexample',
};
export const NETWORK: IPlatformNetwork = {
  vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaavcnexampleexampleexample',
  subnetIds: {
    workloads: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaworkloadsexampleexample',
    data: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaadataexampleexampleexample',
    endpoints: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaendpointsexampleexample',
  },
  nsgIds: {
    workloads: 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaaworkloadsnsgexample',
    data: 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaadatansgexampleexample',
  },
};
/** A brought network whose NSGs the platform does not manage. */
export const NETWORK_WITHOUT_NSGS: IPlatformNetwork = { ...NETWORK, nsgIds: {} };

/** A stack with the oci provider, as `app.synth()` and terraform require. */
export function ociStack(app: App = Testing.app(), id = 'stack'): TerraformStack {
  const stack = new TerraformStack(app, id);
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  return stack;
}

const TF_VALIDATE = resolve(__dirname, '../../../../shared/tools/tf-validate/tf-validate');
/** True when terraform and the shared tf-validate tool are there. */
export const HAS_TF_VALIDATE = existsSync(TF_VALIDATE) && spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;
/** How a tf-validate test names itself: what it runs, or why it is skipped. */
export const TF_VALIDATE_LABEL = HAS_TF_VALIDATE ? 'tf-validate' : 'skipped: terraform or ../shared/tools/tf-validate missing';

/** Synthesizes `app` and runs tf-validate on its stacks; returns the exit status and the tool's output. */
export function tfValidate(app: App): { status: number | null; output: string } {
  app.synth();
  const run = spawnSync(TF_VALIDATE, [app.outdir], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
