import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Overridable so that two e2e runs in one checkout do not share a build folder or a port.
const outDir = resolve(process.env.PARAAT_RENDERER_OUT ?? 'dist/renderer');
const previewPort = Number(process.env.PARAAT_PREVIEW_PORT ?? 4173);

export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // No inline modulepreload polyfill: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
  },
  preview: { port: previewPort, strictPort: true, host: '127.0.0.1' },
});
