import {
  UserManager,
  WebStorageStateStore,
  type User,
  type UserManagerSettings,
} from 'oidc-client-ts';
import { runtimeConfig, type RuntimeConfig } from '../config';
import { promptSessionExpired } from './sessionExpired';

/** Claims the provider adds to the ID and access tokens. */
export interface GovMediaClaims {
  roles?: string[];
  org_code?: string;
  name?: string;
  preferred_username?: string;
}

/** Where to go after the login round trip. */
export interface SigninState {
  returnTo?: string;
}

/** Where the provider sends the hidden renewal frame back to (a registered redirect URI). */
export const SILENT_RENEW_PATH = '/silent-renew';

/** Settings for this deployment's provider, from /config.json. */
export function userManagerSettings(config: RuntimeConfig): UserManagerSettings {
  const origin = window.location.origin;
  return {
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/callback`,
    silent_redirect_uri: `${origin}${SILENT_RENEW_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // the provider gives this public client no refresh token: a minute before the access token runs out, a hidden
    // frame asks the provider (prompt=none) for a new one while the provider's login session lasts
    automaticSilentRenew: true,
    // a frame that never answers (blocked, provider down) is tried once more, then counts as failed
    maxSilentRenewTimeoutRetries: 1,
  };
}

let manager: UserManager | undefined;

/** The one UserManager, made on first use from /config.json (loaded before the app renders). */
export function userManager(): UserManager {
  if (!manager) {
    const created = new UserManager(userManagerSettings(runtimeConfig()));
    // a failed renewal (login session gone, frame blocked, timeout) is not retried on this page: the token runs
    // out, and the next request that the API refuses asks the user to log in again (relogin below)
    created.events.addSilentRenewError(() => created.stopSilentRenew());
    manager = created;
  }
  return manager;
}

/** Strips `?code=…&state=…` from the address bar once the callback has been processed. */
export function onSigninCallback(): void {
  window.history.replaceState({}, document.title, window.location.pathname);
}

/** Reads our claims from the ID token profile, dropping anything of the wrong shape. */
export function claimsOf(user: User | null | undefined): GovMediaClaims {
  const profile: Record<string, unknown> = user?.profile ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const roles = profile.roles;
  return {
    roles: Array.isArray(roles)
      ? roles.filter((role): role is string => typeof role === 'string')
      : undefined,
    org_code: text(profile.org_code),
    name: text(profile.name),
    preferred_username: text(profile.preferred_username),
  };
}

export function returnToOf(user: User | null | undefined): string {
  const state = user?.state as SigninState | undefined;
  const target = state?.returnTo;
  return target && target.startsWith('/') && !target.startsWith('/callback') ? target : '/';
}

export async function getAccessToken(): Promise<string | undefined> {
  const user = await userManager().getUser();
  return user && !user.expired ? user.access_token : undefined;
}

export function login(): void {
  const returnTo = window.location.pathname + window.location.search;
  void userManager().signinRedirect({ state: { returnTo } satisfies SigninState });
}

const RELOGIN_KEY = 'govmedia.relogin-at';
const RELOGIN_PAUSE_MS = 30_000;

/**
 * Called on a 401: tells the user that the login is over and offers 重新登录, unless a new login was started in
 * the last 30 s (a token the API keeps refusing would otherwise loop through the provider). Returns whether it did.
 */
export function relogin(): boolean {
  const last = Number(window.sessionStorage.getItem(RELOGIN_KEY) ?? 0);
  if (Date.now() - last < RELOGIN_PAUSE_MS) return false;
  promptSessionExpired(() => {
    window.sessionStorage.setItem(RELOGIN_KEY, String(Date.now()));
    void userManager().removeUser().then(login);
  });
  return true;
}
