import { UserManager } from 'oidc-client-ts';
import { runtimeConfig } from '../config';
import { SILENT_RENEW_PATH, userManagerSettings } from './oidc';

/** Whether this page is the hidden renewal frame that the provider has sent back. */
export function isSilentRenewFrame(location: Location = window.location): boolean {
  return location.pathname === SILENT_RENEW_PATH;
}

/**
 * In the hidden frame: hands the provider's answer (code or error) to the app's UserManager in the parent
 * window, and does nothing else (no app, no renewal timers of its own).
 */
export async function completeSilentRenew(url: string = window.location.href): Promise<void> {
  const settings = { ...userManagerSettings(runtimeConfig()), automaticSilentRenew: false };
  await new UserManager(settings).signinSilentCallback(url);
}
