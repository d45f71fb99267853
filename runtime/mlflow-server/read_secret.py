"""Prints the current value of a Vault secret, read with the container instance's resource principal."""
import base64
import sys

import oci

signer = oci.auth.signers.get_resource_principals_signer()
client = oci.secrets.SecretsClient(config={}, signer=signer)
bundle = client.get_secret_bundle(secret_id=sys.argv[1]).data
sys.stdout.write(base64.b64decode(bundle.secret_bundle_content.content).decode("utf-8"))
