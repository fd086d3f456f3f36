import 'i18next';
import type { resources } from './resources';

// Keys are typed from the Indonesian (source) files, so a misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['id'];
  }
}
