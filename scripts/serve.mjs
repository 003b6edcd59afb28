// Serves the production build in dist/ (npm start): http://localhost:4173, or the port in PORT.
// Runs until stopped with Ctrl+C. The server is Vite's static preview; nothing else is served.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT || '4173';
if (!/^\d{2,5}$/.test(port)) {
  console.error(`serve: PORT must be a number such as 8080 (got "${port}").`);
  process.exit(1);
}
console.log(`serve: Sitwell on http://localhost:${port} — Ctrl+C stops it.`);
const vite = spawn(
  `${root}node_modules/.bin/vite`,
  ['preview', '--port', port, '--strictPort', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
vite.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => vite.kill(s));
