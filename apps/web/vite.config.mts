import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console: static files the gateway serves under `/` (WEB_DIST_DIR). In development, Vite's
// server on 5173 passes the API paths to the gateway on 4000, so the console stays same-origin.
const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // The manifest (dist/.vite, never served) tells npm run web:size which files each role loads.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022', manifest: true },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(
      // Every path the gateway answers besides the console's files: GraphQL, the notifications'
      // stream, the console's settings, reporting's files, calendars and career's CV files.
      ['/graphql', '/notifications', '/console-config.json', '/reports', '/calendar', '/cvs'].map((path) => [
        path,
        gateway,
      ]),
    ),
  },
});
