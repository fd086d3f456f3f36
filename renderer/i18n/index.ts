import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, languages, type Language } from '../../shared/languages';
import { namespaces, resources } from './resources';

const DEVICE_LANGUAGE_KEY = 'kinerja.language';

/**
 * The language before anyone signs in is the one last used on this PC; once someone signs
 * in, their account's choice wins.
 */
export function deviceLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(DEVICE_LANGUAGE_KEY);
  return isLanguage(stored) ? stored : defaultLanguage;
}

export function rememberDeviceLanguage(language: Language): void {
  globalThis.localStorage?.setItem(DEVICE_LANGUAGE_KEY, language);
}

export async function initI18n(language: Language = deviceLanguage()) {
  await i18next.use(initReactI18next).init({
    lng: language,
    supportedLngs: [...languages],
    // No fallback: a missing English text must show up as missing, never as Indonesian.
    fallbackLng: false,
    ns: namespaces,
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false },
    saveMissing: true,
    // Loud on purpose: the end-to-end tests fail on any console error, so a screen that
    // asks for a key without a translation fails its test.
    missingKeyHandler: (lngs, ns, key) => console.error(`Missing translation ${lngs.join(',')}:${ns}:${key}`),
  });
  syncDocumentLanguage(language);
  i18next.on('languageChanged', (lng) => syncDocumentLanguage(lng));
  return i18next;
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
