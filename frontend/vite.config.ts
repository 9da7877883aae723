import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { defineConfig } from 'vitest/config';

const apiProxy = {
  '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
};

/**
 * Serves /config.json (src/config.ts) in dev and preview from GOVMEDIA_ISSUER, GOVMEDIA_CLIENT_ID and
 * GOVMEDIA_API_BASE, by default the local demo stack. The build has no config.json: the nginx image writes one.
 */
function runtimeConfig(): Plugin {
  const body = JSON.stringify({
    issuer: process.env.GOVMEDIA_ISSUER || 'http://127.0.0.1:9000',
    clientId: process.env.GOVMEDIA_CLIENT_ID || 'govmedia-admin',
    apiBase: process.env.GOVMEDIA_API_BASE ?? '',
  });
  const serve = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use('/config.json', (_request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    });
  };
  return { name: 'govmedia-runtime-config', configureServer: serve, configurePreviewServer: serve };
}

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: apiProxy },
  build: {
    // ECharts (lazily loaded by the dashboards) is the one chunk above the default limit
    chunkSizeWarningLimit: 600,
    // dist/.vite/manifest.json: what `npm run size` follows from the entry to the first page
    manifest: true,
    rolldownOptions: {
      // two apps: the admin app at / and the public (公众端) mobile app at /m/ (src/mobile)
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        mobile: resolve(import.meta.dirname, 'm/index.html'),
      },
      output: {
        // keep the big, rarely changing libraries in their own cacheable chunks
        codeSplitting: {
          groups: [
            // the mobile app's UI kit: never in the admin app's chunks (and antd never in the mobile app's)
            {
              name: 'antd-mobile',
              // not react and the other libraries both apps use: those stay in vendor
              includeDependenciesRecursively: false,
              test: /node_modules[\\/](antd-mobile|antd-mobile-icons|antd-mobile-v5-count|@react-spring|@use-gesture|ahooks|rc-field-form|rc-motion|rc-segmented|rc-util|staged-components|runes2|nano-memoize|react-fast-compare|deepmerge)[\\/]/,
            },
            // ECharts is fetched only by the dashboards (components/EChart is loaded lazily)
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            // split by the entries using them: the mobile app loads none of the admin app's libraries (OIDC)
            { name: 'vendor', test: /node_modules[\\/]/, entriesAware: true },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: apiProxy },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // the machine is shared with Maven builds; antd form interactions can take seconds there
    testTimeout: 20_000,
  },
});
