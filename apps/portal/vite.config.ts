import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The customer portal, served by the server at /portal/. In development `/api` goes to port 3000. */
export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  server: { port: 5174, proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
