// Type declarations for scripts/security-headers.mjs (imported by vite.config.ts and the tests).
/** Header name to value, sent with every response. */
export const SECURITY_HEADERS: Record<string, string>;
/** Added where the site is served over HTTPS (the deployment files, not `vite preview`). */
export const HTTPS_HEADERS: Record<string, string>;
/** The Content-Security-Policy for index.html's <meta>: the header's, minus header-only parts. */
export const META_CSP: string;
/** The text of public/_headers. */
export function headersFile(): string;
/** The text of docs/nginx-sitwell.conf. */
export function nginxConf(): string;
/** Each generated deployment file (path from the repository root) and what it should hold. */
export const DEPLOY_FILES: Record<string, () => string>;
