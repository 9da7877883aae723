import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * A typed client for the API, made on first use: the base URL comes from /config.json, which loads after the modules
 * that import the client. `reset` makes the next call build it again (a new base URL, in tests).
 */
export function lazyClient(
  baseUrl: () => string,
  middleware: Middleware,
): { api: Client<paths>; reset: () => void } {
  let client: Client<paths> | undefined;
  const current = (): Client<paths> => {
    if (!client) {
      client = createClient<paths>({
        baseUrl: baseUrl(),
        // looked up per call so tests can stub globalThis.fetch
        fetch: (request: Request) => globalThis.fetch(request),
      });
      client.use(middleware);
    }
    return client;
  };
  const api = new Proxy({} as Client<paths>, {
    get: (_target, key) => Reflect.get(current(), key) as unknown,
  });
  return { api, reset: () => (client = undefined) };
}
