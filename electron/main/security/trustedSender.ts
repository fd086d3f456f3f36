/**
 * Who may call the API. WHATWG URL gives non-special schemes an opaque origin, so
 * `new URL('app://kinerja/').origin` is the string "null" — equal to every other opaque
 * origin. We therefore build the origin from protocol and host ourselves and compare exactly.
 */

export interface SenderFrame {
  /** The sending frame's URL; undefined when the frame is gone (navigated or destroyed). */
  url: string | undefined;
  isMainFrame: boolean;
}

/** `protocol//host` (host includes a non-default port), or undefined for a URL that does not parse. */
export function originOf(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host.toLowerCase()}`;
  } catch {
    return undefined;
  }
}

export function isTrustedOrigin(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  if (url === undefined) return false;
  const origin = originOf(url);
  return origin !== undefined && trustedOrigins.includes(origin);
}

export function isTrustedSender(frame: SenderFrame, trustedOrigins: readonly string[]): boolean {
  return frame.isMainFrame && isTrustedOrigin(frame.url, trustedOrigins);
}
