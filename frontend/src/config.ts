/**
 * Where this deployment's identity provider and API are: read at start from /config.json beside index.html, so one
 * build runs in every environment (the nginx image writes the file from its environment, Vite's dev and preview
 * servers serve it from GOVMEDIA_* variables).
 */
export interface RuntimeConfig {
  /** The OpenID Connect issuer, e.g. https://id.example.gov.cn */
  issuer: string;
  clientId: string;
  /** Origin of the API; empty: the admin app's own origin (a proxy forwards /api). */
  apiBase: string;
}

/** A /config.json that is missing or unusable; the message is shown to the user. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

let current: RuntimeConfig | undefined;

export function runtimeConfig(): RuntimeConfig {
  if (!current) throw new ConfigError('配置文件尚未加载（config.json）');
  return current;
}

/** For start-up and tests. */
export function setRuntimeConfig(config: RuntimeConfig): void {
  current = config;
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** Checks the parsed file; throws a ConfigError naming the first bad field. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (!isHttpUrl(raw.issuer)) {
    throw new ConfigError('配置文件无效：issuer 须为身份认证服务的 http(s) 地址');
  }
  if (typeof raw.clientId !== 'string' || !raw.clientId.trim()) {
    throw new ConfigError('配置文件无效：clientId 不能为空');
  }
  const apiBase = raw.apiBase ?? '';
  if (apiBase !== '' && !isHttpUrl(apiBase)) {
    throw new ConfigError('配置文件无效：apiBase 须为空（同源）或 API 的 http(s) 地址');
  }
  return {
    // kept as written: the ID token's iss must equal it, a trailing slash included
    issuer: raw.issuer,
    clientId: raw.clientId.trim(),
    apiBase: apiBase.replace(/\/+$/, ''),
  };
}

/** Fetches and checks /config.json once, before the app renders. */
export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch {
    throw new ConfigError(`配置文件缺失：无法读取 ${url}`);
  }
  // a static server's fallback to index.html also answers 200, but not with JSON
  const json = (response.headers.get('content-type') ?? '').includes('json');
  if (!response.ok || !json) {
    throw new ConfigError(`配置文件缺失：${url} 不存在或不是 JSON（HTTP ${response.status}）`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ConfigError(`配置文件无效：${url} 不是合法的 JSON`);
  }
  const config = parseRuntimeConfig(body);
  setRuntimeConfig(config);
  return config;
}
