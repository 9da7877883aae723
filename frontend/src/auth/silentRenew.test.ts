import { UserManager } from 'oidc-client-ts';
import { runtimeConfig } from '../config';
import { SILENT_RENEW_PATH, userManager, userManagerSettings } from './oidc';
import { isSilentRenewFrame } from './silentRenew';

describe('silent renewal', () => {
  it('renews automatically through the /silent-renew frame, giving up after one more timeout', () => {
    const settings = userManagerSettings(runtimeConfig());
    expect(settings.automaticSilentRenew).toBe(true);
    expect(settings.silent_redirect_uri).toBe(`${window.location.origin}/silent-renew`);
    expect(settings.maxSilentRenewTimeoutRetries).toBe(1);
    expect(settings.redirect_uri).toBe(`${window.location.origin}/callback`);
  });

  it('knows the frame by its path', () => {
    expect(isSilentRenewFrame({ pathname: SILENT_RENEW_PATH } as Location)).toBe(true);
    expect(isSilentRenewFrame({ pathname: '/reviews/new' } as Location)).toBe(false);
  });

  it('stops renewing on this page once a renewal has failed', async () => {
    const stop = vi.spyOn(UserManager.prototype, 'stopSilentRenew');
    await userManager().events._raiseSilentRenewError(new Error('login_required'));
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
