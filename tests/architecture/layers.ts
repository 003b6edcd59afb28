import type { ImportEdge } from './import-graph';

// The house rules: which layer may import which. Dependencies point one way, from `main` down to
// `domain`; inside `domain`, concern folders form an order of their own, lowest first.

/** Top-level places under src/ and the layers each may import (itself included where listed). */
export const LAYERS: Record<string, readonly string[]> = {
  // Generic helpers that know nothing of Sitwell (an observable value).
  lib: ['lib'],
  // Pure TypeScript: no DOM, no IndexedDB, no Preact; time is passed in.
  domain: ['domain'],
  // Thin browser adapters (clock, router, alarm channels, wake lock, crypto, files).
  platform: ['lib', 'domain', 'platform'],
  // Service-worker registration and update state.
  pwa: ['lib', 'pwa'],
  // IndexedDB only: schema, upgrade ladder, one module of verbs per store.
  storage: ['lib', 'domain', 'storage'],
  // Hooks and verbs that join domain, storage and platform; the only door to data.
  state: ['lib', 'domain', 'platform', 'storage', 'pwa', 'state'],
  // Presentational pieces: props in, callbacks out.
  components: ['lib', 'domain', 'platform', 'components'],
  // One file per screen; data through state only.
  screens: ['lib', 'domain', 'platform', 'state', 'components', 'screens'],
  // The shell: routing, banners, error boundary.
  app: ['lib', 'domain', 'platform', 'pwa', 'state', 'components', 'screens', 'app'],
  // Entry point.
  'main.tsx': ['app', 'pwa'],
  // The service worker is its own program; it reads pushes with the pure domain code.
  sw: ['domain', 'sw'],
};

/** Domain concern folders, lowest first: a folder may import its own files and any folder before it. */
export const DOMAIN_ORDER: readonly (readonly string[])[] = [
  ['parse', 'clinical', 'format'],
  ['protocol'],
  ['contacts'],
  ['log'],
  ['check-in'],
  ['escalation'],
  ['before'],
  ['after'],
  ['report'],
  ['review'],
  // The relay's wire schemas and ladder (shared by relay/ and the app); reads check-in's clock.
  ['relay'],
];

/**
 * Component concern folders, lowest first, as for the domain: shared widgets at the bottom, then
 * the pieces of each part of the day; a folder may import its own files and any folder before it.
 */
export const COMPONENT_ORDER: readonly (readonly string[])[] = [
  ['common'],
  ['charts'],
  ['check-in'],
  ['session'],
  ['escalation'],
  ['before'],
  ['review'],
  ['after'],
  ['record'],
  // The clinic console: set-up, board, protocol QR code, inbox (uses the record's pieces).
  ['clinic'],
];

/** Packages each layer may import; anything else is a violation. */
export const PACKAGES: Record<string, readonly string[]> = {
  lib: ['preact'],
  // @medplum/fhirtypes: type-only FHIR R4 definitions for the FHIR export (erased at build).
  domain: ['date-fns', 'valibot', '@medplum/fhirtypes'],
  // jspdf: the PDF renderer, reached only through a dynamic import() in platform/pdf.ts.
  // qrcode-generator: QR codes of links, only through a dynamic import() in platform/qr.ts.
  platform: ['preact', 'jspdf', 'qrcode-generator'],
  pwa: ['workbox-window'],
  storage: ['idb'],
  state: ['preact'],
  components: ['preact'],
  screens: ['preact'],
  app: ['preact'],
  'main.tsx': ['preact'],
  sw: ['workbox-precaching', 'workbox-routing', 'workbox-core'],
};

/** The top-level place of a repository path under src/ (`src/state/x.ts` → `state`). */
export function placeOf(path: string): string | undefined {
  const m = /^src\/([^/]+)(\/|$)/.exec(path);
  return m?.[1];
}

/** The concern folder of a path under a layer (`src/domain/log/entry.ts`, `domain` → `log`). */
export function concernFolderOf(path: string, layer: string): string | undefined {
  return new RegExp(`^src/${layer}/([^/]+)/`).exec(path)?.[1];
}

/** The domain concern folder of a path (`src/domain/log/entry.ts` → `log`). */
export function domainFolderOf(path: string): string | undefined {
  return concernFolderOf(path, 'domain');
}

const ORDERS: Record<string, readonly (readonly string[])[]> = {
  domain: DOMAIN_ORDER,
  components: COMPONENT_ORDER,
};

/** Why an import breaks the rules, or undefined when it is allowed. */
export function violation(edge: ImportEdge): string | undefined {
  const from = placeOf(edge.from);
  if (!from) return undefined;
  if (!edge.to.startsWith('src/') && !edge.spec.startsWith('.')) {
    const allowed = PACKAGES[from] ?? [];
    return allowed.includes(edge.to) ? undefined : `${from} may not import the package ${edge.to}`;
  }
  // Styles are bundled by the entry point only.
  if (edge.to.endsWith('.css'))
    return from === 'main.tsx' ? undefined : `${from} may not import CSS`;
  const to = placeOf(edge.to);
  if (!to) return `${from} imports ${edge.to}, outside src/`;
  if (!(LAYERS[from] ?? []).includes(to)) return `${from} may not import ${to}`;
  const order = ORDERS[from];
  if (order && from === to) return concernViolation(edge, from, order);
  return undefined;
}

function concernViolation(
  edge: ImportEdge,
  layer: string,
  order: readonly (readonly string[])[],
): string | undefined {
  const from = concernFolderOf(edge.from, layer);
  const to = concernFolderOf(edge.to, layer);
  if (!from || !to) return `${layer} files live in a concern folder (${edge.from} → ${edge.to})`;
  const rank = (folder: string) => order.findIndex((group) => group.includes(folder));
  const a = rank(from);
  const b = rank(to);
  if (a < 0 || b < 0) return `${layer} folder ${a < 0 ? from : to} is not in its order`;
  if (from === to || b < a) return undefined;
  return `${layer}/${from} may not import ${layer}/${to} (it comes later in the order)`;
}

/** Every import that breaks the rules, as `file:line → spec (why)`. */
export function violations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((e) => {
    const why = violation(e);
    return why ? [`${e.from}:${e.line} → ${e.spec} (${why})`] : [];
  });
}
