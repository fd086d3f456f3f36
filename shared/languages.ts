/** The app's languages: Bahasa Indonesia first and default, English second. */
export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';

/** The Intl locale each language formats numbers and dates with. */
export const intlLocale: Record<Language, string> = { id: 'id-ID', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
