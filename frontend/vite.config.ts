import react from '@vitejs/plugin-react';
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
    // antd (with its rc-components and icons) is one ~1.35 MB vendor chunk; the app's own code is small
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        // keep the big, rarely changing libraries in their own cacheable chunks
        codeSplitting: {
          groups: [
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/,
            },
            // ECharts is fetched only by the dashboards (components/EChart is loaded lazily)
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
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
