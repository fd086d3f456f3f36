import { createTheme } from '@mantine/core';

/** A dark indigo primary: white text on it keeps WCAG AA contrast (Mantine's default blue does not). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, sans-serif',
  defaultRadius: 'sm',
  // People who asked their system for less motion get none (modals, notifications appear at once).
  respectReducedMotion: true,
});
