import { type SecretsClient } from 'oci-secrets';

/**
 * Reads the current version of an OCI Vault secret (GetSecretBundle) and decodes its base64 content,
 * so that passwords reach the function from the Vault rather than from its configuration.
 *
 * @param client - a Secrets client (resource principal in Functions).
 * @param secretId - the secret's OCID.
 * @returns the secret as UTF-8 text.
 * @throws Error naming the secret when it is empty or not base64 content; the SDK's error when the call fails.
 */
export async function readVaultSecret(client: Pick<SecretsClient, 'getSecretBundle'>, secretId: string): Promise<string> {
  const res = await client.getSecretBundle({ secretId });
  const content = res.secretBundle.secretBundleContent as { contentType?: string; content?: string } | undefined;
  if (content?.contentType !== 'BASE64' || !content.content) {
    throw new Error(`readVaultSecret: secret ${secretId} has no BASE64 content (got ${content?.contentType ?? 'nothing'})`);
  }
  return Buffer.from(content.content, 'base64').toString('utf8');
}
