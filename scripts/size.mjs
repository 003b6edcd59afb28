// Reports gzip sizes of the built app (first-screen JS/CSS, lazy chunks, service worker, precache)
// and fails if first-screen JS is over budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Budget for JavaScript loaded by the first screen, in KB (1024 B) after gzip -9: about what one
 * TCP initial congestion window (10 segments) carries, so the script arrives in one round trip.
 */
const FIRST_SCREEN_JS_BUDGET_KB = 14;
/**
 * The session shell (public/shell.js), a classic script beside the app's that paints a reopened
 * session's countdown before the app runs: fetched by every load too, so it has a budget of its
 * own, counted apart from the app's script.
 */
const SHELL_FILE = 'shell.js';
const SHELL_BUDGET_KB = 2;

// Usage: node scripts/size.mjs [distDir]   (default: <repo>/dist)
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const SW_FILE = 'sw.js';

// ---------------------------------------------------------------------------
// Helpers

const sizeCache = new Map();
/** { raw, gzip } byte sizes of a dist-relative file (posix path). */
function sizes(rel) {
  let s = sizeCache.get(rel);
  if (!s) {
    const buf = readFileSync(join(DIST, rel));
    s = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    sizeCache.set(rel, s);
  }
  return s;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const isCode = (rel) => /\.(m?js|css)$/.test(rel);
const isJs = (rel) => /\.m?js$/.test(rel);

/** All files under dist, as posix paths relative to dist. */
function walk(dir = DIST) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(relative(DIST, full).split(sep).join('/'));
  }
  return out.sort();
}

/**
 * Resolves a URL/specifier found in dist/<fromRel> to a dist-relative path, or undefined when it is
 * external or doesn't name a file in dist. Absolute paths ("/assets/x.js") are taken relative to
 * dist (Vite's default base "/"); relative ones to the referencing file.
 */
function resolveRef(ref, fromRel) {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(ref)) return undefined; // http:, data:, //cdn…
  const clean = decodeURI(ref.replace(/[?#].*$/, ''));
  const rel = clean.startsWith('/')
    ? posix.normalize(clean.slice(1))
    : posix.normalize(posix.join(posix.dirname(fromRel), clean));
  if (rel.startsWith('..')) return undefined;
  const full = join(DIST, rel);
  return existsSync(full) && statSync(full).isFile() ? rel : undefined;
}

/** Attributes of an HTML start tag, lower-cased names. */
function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(
    /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

// Static ES imports/re-exports as emitted by Vite/Rolldown (minified: `import{a as e}from"./x.js"`,
// `import"./x.js"`, `export*from"./x.js"`). `import(` (dynamic) and `import.meta` never match.
const STATIC_IMPORT =
  /(?<![\w$.])import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?(["'])([^"'\n]+)\1/g;
const STATIC_REEXPORT =
  /(?<![\w$.])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(["'])([^"'\n]+)\1/g;

/** dist-relative paths statically imported by a JS file. */
function staticImports(rel) {
  const code = readFileSync(join(DIST, rel), 'utf8');
  const found = [];
  for (const re of [STATIC_IMPORT, STATIC_REEXPORT]) {
    for (const m of code.matchAll(re)) {
      const target = resolveRef(m[2], rel);
      if (target && isJs(target)) found.push(target);
    }
  }
  return found;
}

/** Column width for file labels; set once all rows are known so every table lines up. */
let labelWidth = 40;
function printTable(title, rows) {
  console.log(`\n${title}`);
  console.log(`  ${'file'.padEnd(labelWidth)}${'raw KB'.padStart(9)}${'gzip KB'.padStart(10)}`);
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(labelWidth)}${kb(r.raw).padStart(9)}${kb(r.gzip).padStart(10)}`,
    );
  }
  if (rows.length === 0) console.log('  (none)');
}

// ---------------------------------------------------------------------------
// Main

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(
    `size: ${join(DIST, 'index.html')} not found — run \`vite build\` first (or \`npm run size\`).`,
  );
  process.exit(1);
}

const allFiles = walk();
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const warnings = [];

// (a) First screen: what index.html references, plus the static-import closure of its JS.
const firstScreen = new Map(); // rel -> how it was reached
const queue = [];
const addFirst = (rel, via) => {
  if (firstScreen.has(rel)) return;
  firstScreen.set(rel, via);
  if (isJs(rel)) queue.push(rel);
};

let inlineScript = '';
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  const a = attrs(m[1]);
  if (a.type && !/^(module|text\/javascript|application\/javascript)$/i.test(a.type)) continue; // JSON, importmap…
  if ('src' in a) {
    const rel = resolveRef(a.src, 'index.html');
    if (rel) addFirst(rel, a.type === 'module' ? '<script type=module>' : '<script>');
    else warnings.push(`index.html references a script not found in dist: ${a.src}`);
  } else {
    inlineScript += m[2];
  }
}
for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
  const a = attrs(m[1]);
  const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
  if (!a.href || !(rel.includes('stylesheet') || rel.includes('modulepreload'))) continue;
  const target = resolveRef(a.href, 'index.html');
  if (target)
    addFirst(target, `<link rel=${rel.includes('stylesheet') ? 'stylesheet' : 'modulepreload'}>`);
  else warnings.push(`index.html links a file not found in dist: ${a.href}`);
}
while (queue.length) {
  const rel = queue.shift();
  for (const dep of staticImports(rel)) addFirst(dep, `import from ${posix.basename(rel)}`);
}

const firstRows = [...firstScreen].map(([rel, via]) => ({
  label: `${rel}  (${via})`,
  rel,
  ...sizes(rel),
}));
if (inlineScript.trim()) {
  const buf = Buffer.from(inlineScript);
  firstRows.push({
    label: 'index.html inline <script>',
    rel: 'inline.js',
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
  });
}
const htmlSize = sizes('index.html');
const shellRow = firstRows.find((r) => r.rel === SHELL_FILE);
const firstJs = firstRows.filter((r) => isJs(r.rel) && r !== shellRow);
const firstCss = firstRows.filter((r) => !isJs(r.rel));
const firstJsGzip = firstJs.reduce((n, r) => n + r.gzip, 0);
const firstCssGzip = firstCss.reduce((n, r) => n + r.gzip, 0);

// (b) Everything else that is JS/CSS: lazy chunks (dynamic imports, workers, …).
const lazyRows = allFiles
  .filter((rel) => isCode(rel) && rel !== SW_FILE && !firstScreen.has(rel))
  .map((rel) => ({ label: rel, rel, ...sizes(rel) }));

labelWidth = Math.max(labelWidth, ...[...firstRows, ...lazyRows].map((r) => r.label.length + 2));
const shownDist = relative(process.cwd(), DIST);
console.log(
  `Sitwell build size — gzip -9, 1 KB = 1024 B — ` +
    `${shownDist.startsWith('..') ? DIST : shownDist || '.'}/`,
);
printTable('First screen (index.html + static imports)', [
  { label: 'index.html', ...htmlSize },
  ...firstJs,
  ...(shellRow ? [shellRow] : []),
  ...firstCss,
]);
const shellGzip = shellRow?.gzip ?? 0;
console.log(
  `  → JS ${kb(firstJsGzip)} KB of ${FIRST_SCREEN_JS_BUDGET_KB} KB budget · session shell ` +
    `${kb(shellGzip)} KB of ${SHELL_BUDGET_KB} KB · CSS ` +
    `${kb(firstCssGzip)} KB · ` +
    `with HTML ${kb(firstJsGzip + shellGzip + firstCssGzip + htmlSize.gzip)} KB`,
);

printTable('Lazy chunks (not loaded by the first screen)', lazyRows);
if (lazyRows.length)
  console.log(`  → ${lazyRows.length} files, ${kb(lazyRows.reduce((n, r) => n + r.gzip, 0))} KB`);

// (c) Service worker.
let swSource = '';
if (existsSync(join(DIST, SW_FILE))) {
  swSource = readFileSync(join(DIST, SW_FILE), 'utf8');
  printTable('Service worker', [{ label: SW_FILE, ...sizes(SW_FILE) }]);
} else {
  warnings.push(`dist/${SW_FILE} not found — no service worker was built.`);
}

// (d) Precache: the {url, revision} entries injectManifest put in place of self.__WB_MANIFEST.
const precache = new Set();
const revisions = new Map(); // url -> revisions seen (duplicates are common: includeAssets + globPatterns)
let precacheEntries = 0;
for (const m of swSource.matchAll(/\{[^{}]*\}/g)) {
  const obj = m[0];
  const revision = obj.match(/(?:^|[{,])\s*"?revision"?\s*:\s*(null|(["'`])([^"'`]*)\2)/);
  const url = obj.match(/(?:^|[{,])\s*"?url"?\s*:\s*(["'`])([^"'`]+)\1/);
  if (!revision || !url) continue;
  precacheEntries++;
  if (!revisions.has(url[2])) revisions.set(url[2], []);
  revisions.get(url[2]).push(revision[3] ?? 'null');
  const rel = resolveRef(url[2], SW_FILE);
  if (rel) precache.add(rel);
  else warnings.push(`precache entry has no file in dist: ${url[2]}`);
}
const duplicated = [...revisions].filter(([, revs]) => revs.length > 1);
for (const [url, revs] of duplicated) {
  if (new Set(revs).size > 1) {
    warnings.push(
      `precache lists ${url} with different revisions (${revs.join(', ')}); Workbox will refuse ` +
        `to install`,
    );
  }
}
const precacheGzip = [...precache].reduce((n, rel) => n + sizes(rel).gzip, 0);
const precacheRaw = [...precache].reduce((n, rel) => n + sizes(rel).raw, 0);
console.log(
  `\nPrecache manifest: ${precache.size} files` +
    (precacheEntries !== precache.size ? ` (${precacheEntries} entries incl. duplicates)` : '') +
    `, ${kb(precacheRaw)} KB raw, ${kb(precacheGzip)} KB gzip`,
);
const harmless = duplicated.filter(([, revs]) => new Set(revs).size === 1).map(([url]) => url);
if (harmless.length)
  console.log(`  listed more than once (same revision, harmless): ${harmless.join(', ')}`);
if (swSource && precacheEntries === 0) {
  warnings.push(`no precache entries found in dist/${SW_FILE} (was self.__WB_MANIFEST injected?)`);
}

// Every built asset must be precached, or the app breaks offline. (Source maps aren't needed
// offline.)
for (const rel of allFiles) {
  if (rel.startsWith('assets/') && !rel.endsWith('.map') && !precache.has(rel)) {
    warnings.push(`dist/${rel} is not in the precache manifest (it won't be available offline)`);
  }
}

if (warnings.length) {
  console.log('');
  for (const w of warnings) console.warn(`warning: ${w}`);
}

if (firstJsGzip > FIRST_SCREEN_JS_BUDGET_KB * 1024) {
  console.error(
    `\nsize: FAIL — the first screen loads ${kb(firstJsGzip)} KB of gzipped JS, over the ` +
      `${FIRST_SCREEN_JS_BUDGET_KB} KB budget. Move code behind a dynamic import() or drop a ` +
      `dependency.`,
  );
  process.exit(1);
}
if (shellGzip > SHELL_BUDGET_KB * 1024) {
  console.error(
    `\nsize: FAIL — the session shell (${SHELL_FILE}) is ${kb(shellGzip)} KB gzipped, over its ` +
      `${SHELL_BUDGET_KB} KB budget.`,
  );
  process.exit(1);
}
console.log(
  `\nsize: OK — first-screen JS ${kb(firstJsGzip)} KB ≤ ${FIRST_SCREEN_JS_BUDGET_KB} KB; ` +
    `session shell ${kb(shellGzip)} KB ≤ ${SHELL_BUDGET_KB} KB.`,
);
