import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the Fastify server runs on its own port; the proxy keeps the session
// cookie same-origin, as it is in production where the server serves dist/ itself.
// HUANJIE_API_URL points the proxy at a server on another port or host.
const apiTarget = process.env.HUANJIE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': apiTarget,
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
  },
});
