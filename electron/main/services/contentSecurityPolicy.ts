import { randomBytes } from 'node:crypto';

/**
 * Vite writes this into the built index.html (meta csp-nonce, script and style tags); the
 * host swaps it for a fresh nonce on every HTML response. Only base64 characters, so the
 * swap never has to escape anything.
 */
export const CSP_NONCE_PLACEHOLDER = 'KINERJA0CSP0NONCE0PLACEHOLDER';

/** 128 random bits, base64 — a new one for every HTML response, never reused. */
export function newCspNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The policy for the renderer. Everything is same-origin; styles also need the nonce because
 * Mantine injects <style> tags at run time (it reads the nonce from the csp-nonce meta tag).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ].join('; ');
}

export function withNonce(html: string, nonce: string): string {
  return html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
}
