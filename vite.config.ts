import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    // No inline modulepreload polyfill: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
