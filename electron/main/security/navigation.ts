import { openExternalIfAllowed } from './externalLinks';
import { isTrustedOrigin } from './trustedSender';

/**
 * The app never leaves its own origin: a page that navigated elsewhere would keep the
 * preload's API. Every navigation, redirect and subframe navigation to another origin is
 * stopped, no window is ever opened (allow-listed links go to the person's browser instead),
 * and no <webview> is ever attached.
 */

interface PreventableEvent {
  url: string;
  preventDefault(): void;
}

/** The part of Electron's WebContents this policy touches. */
export interface NavigableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: PreventableEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationPolicyOptions {
  /** APP_ORIGIN, plus the dev server's origin when running unpackaged. */
  allowedOrigins: readonly string[];
  /** `shell.openExternal` */
  openExternal: (url: string) => Promise<void>;
  onError?: (error: unknown) => void;
}

export function attachNavigationPolicy(contents: NavigableContents, options: NavigationPolicyOptions): void {
  const { allowedOrigins, openExternal, onError = console.error } = options;
  const openOutside = (url: string) => void openExternalIfAllowed(url, openExternal).catch(onError);
  const stayInApp = (event: PreventableEvent) => {
    if (!isTrustedOrigin(event.url, allowedOrigins)) event.preventDefault();
  };

  contents.on('will-navigate', (event) => {
    if (isTrustedOrigin(event.url, allowedOrigins)) return;
    event.preventDefault();
    openOutside(event.url); // a plain link to a regulation still opens, in the browser
  });
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}
