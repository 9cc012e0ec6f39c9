import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The agent web app. In development `/api` and the realtime socket go to the server on port 3000. */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
