import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiProxy = {
  '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
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
