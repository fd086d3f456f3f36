import type { Locator, Page } from '@playwright/test';

/**
 * A form field by its exact label. Required fields' labels end in an asterisk (hidden from
 * screen readers, but part of the label's text), so the match allows for it.
 */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`));
}
