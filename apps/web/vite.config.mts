import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = new URL('../../', import.meta.url);

/**
 * The workspace's `@passerelle/...` libraries, resolved as TypeScript resolves them (the paths of
 * tsconfig.base.json, one exact name each): the console imports a library's pure rules (career's
 * CV prefill and line numbering) instead of copying them.
 */
const libraries = Object.entries(
  (
    JSON.parse(readFileSync(new URL('tsconfig.base.json', root), 'utf8')) as {
      compilerOptions: { paths: Record<string, [string]> };
    }
  ).compilerOptions.paths,
).map(([name, [target]]) => ({
  find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
  replacement: fileURLToPath(new URL(target, root)),
}));

const librariesDir = fileURLToPath(new URL('libs/', root));

// The console: static files the gateway serves under `/` (WEB_DIST_DIR). In development, Vite's
// server on 5173 passes the API paths to the gateway on 4000, so the console stays same-origin.
const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  resolve: { alias: libraries },
  // The manifest (dist/.vite, never served) tells npm run web:size which files each role loads.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    manifest: true,
    // The libraries' modules only declare (rules, schemas, tables): one is bundled for what the
    // console uses of it, not for the rest of its library (career's domain reaches the events'
    // schemas through its applications' rules, which the console does not use).
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !id.startsWith(librariesDir) } },
  },
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
