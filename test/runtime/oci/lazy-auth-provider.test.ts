import { type AuthenticationDetailsProvider } from 'oci-common';
import { lazyAuthProvider } from '../../../runtime/oci/auth';

describe('lazyAuthProvider', () => {
  test('asks for the provider on first use only, and shares it after', async () => {
    const provider = {} as AuthenticationDetailsProvider;
    const get = jest.fn(async () => provider);
    const getAuth = lazyAuthProvider(get);
    expect(get).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([getAuth(), getAuth()]);
    expect(await getAuth()).toBe(provider);
    expect([a, b]).toEqual([provider, provider]);
    expect(get).toHaveBeenCalledTimes(1);
  });

  test('fails each call with the provider\'s error when credentials are missing', async () => {
    const getAuth = lazyAuthProvider(() => Promise.reject(new Error('createAuthProvider: no config file')));
    await expect(getAuth()).rejects.toThrow('no config file');
    await expect(getAuth()).rejects.toThrow('no config file');
  });
});
