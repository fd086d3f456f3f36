import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_NONCE_PLACEHOLDER, newCspNonce, withNonce } from './contentSecurityPolicy';

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy('abc123==')
      .split('; ')
      .map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
  );

  it('denies by default and allows only same-origin scripts, without inline code', () => {
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(contentSecurityPolicy('x')).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy('x')).not.toContain('unsafe-eval');
  });

  it("lets styles carry this response's nonce (Mantine's <style> tags)", () => {
    expect(directives.get('style-src')).toBe("'self' 'nonce-abc123=='");
  });

  it('closes objects, base, forms, framing', () => {
    for (const d of ['object-src', 'base-uri', 'form-action', 'frame-ancestors', 'frame-src']) {
      expect(directives.get(d)).toBe("'none'");
    }
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('worker-src')).toBe("'self'");
  });
});

describe('nonces', () => {
  it('are fresh base64 of 128 bits', () => {
    const a = newCspNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newCspNonce()).not.toBe(a);
  });

  it('replace every placeholder in the HTML', () => {
    const html = `<meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script nonce="${CSP_NONCE_PLACEHOLDER}"></script>`;
    const out = withNonce(html, 'N0nce');
    expect(out).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(out.match(/N0nce/g)).toHaveLength(2);
  });
});
