import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../shared/languages';

/**
 * The translations under resources/locales/<language>/<namespace>.json, read from the folder so
 * a new namespace is covered without touching this file: every namespace and every key exists in
 * every language (plural-aware, with the plural forms each language needs), no text is empty,
 * and placeholders match. Then every literal key the renderer uses must exist in Indonesian.
 * Each check is a pure function returning messages; the last block proves each one can fail.
 */

const root = resolve(import.meta.dirname, '../..');
const localesDir = join(root, 'resources/locales');
const [sourceLanguage, ...otherLanguages] = languages;

type Flat = Map<string, unknown>;
type Json = Record<string, unknown>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** { a: { b: 'x' } } → Map { 'a.b' → 'x' } (i18next's default key separator). */
function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, value);
  return out;
}

const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** Base key → its plural suffixes; an empty set means the key is not pluralised. */
function pluralForms(flat: Flat): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const base = baseKey(key);
    const suffixes = forms.get(base) ?? new Set<string>();
    const suffix = PLURAL_SUFFIX.exec(key)?.[1];
    if (suffix) suffixes.add(suffix);
    forms.set(base, suffixes);
  }
  return forms;
}

/** Placeholder names: `{{count, number}}` → count, `{{- name}}` → name. */
function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''));
}

const list = (items: Iterable<string>) => `[${[...items].sort().join(', ')}]`;
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Problems within one language's file: empty or non-string values, wrong plural forms. */
function checkLanguage(lang: string, file: string, data: Json): string[] {
  const problems: string[] = [];
  const where = `${lang}/${file}`;
  for (const [key, value] of flatten(data)) {
    if (typeof value !== 'string') problems.push(`${where} "${key}": value is ${JSON.stringify(value)}, not a string`);
    else if (value.trim() === '') problems.push(`${where} "${key}": value is empty`);
  }
  const needed = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  for (const [base, suffixes] of pluralForms(flatten(data))) {
    if (suffixes.size > 0 && !sameSet(suffixes, needed)) {
      problems.push(`${where} "${base}": has plural forms ${list(suffixes)}, but ${lang} needs exactly ${list(needed)}`);
    }
  }
  return problems;
}

/** Problems between the same file in two languages: keys, pluralisation, placeholders. */
function compareLanguages(file: string, a: { lang: string; data: Json }, b: { lang: string; data: Json }): string[] {
  const problems: string[] = [];
  const [flatA, flatB] = [flatten(a.data), flatten(b.data)];
  const [formsA, formsB] = [pluralForms(flatA), pluralForms(flatB)];
  for (const [x, y, formsX, formsY] of [[a, b, formsA, formsB], [b, a, formsB, formsA]] as const) {
    for (const base of formsX.keys()) {
      if (!formsY.has(base)) problems.push(`${y.lang}/${file} lacks "${base}", which ${x.lang}/${file} has`);
    }
  }
  const namesOf = (flat: Flat, base: string) => {
    const names = new Set<string>();
    for (const [key, value] of flat) if (baseKey(key) === base && typeof value === 'string') placeholders(value).forEach((n) => names.add(n));
    return names;
  };
  for (const [base, suffixesA] of formsA) {
    const suffixesB = formsB.get(base);
    if (!suffixesB) continue;
    if ((suffixesA.size > 0) !== (suffixesB.size > 0)) {
      const [plural, single] = suffixesA.size > 0 ? [a.lang, b.lang] : [b.lang, a.lang];
      problems.push(`${file} "${base}": pluralised (used with count) in ${plural} but not in ${single}`);
    }
    const [namesA, namesB] = [namesOf(flatA, base), namesOf(flatB, base)];
    if (!sameSet(namesA, namesB)) {
      problems.push(`${file} "${base}": placeholders differ: ${a.lang} ${list(namesA)}, ${b.lang} ${list(namesB)}`);
    }
  }
  return problems;
}

/** Namespace files present in one language and not in another. */
function checkNamespaceFiles(filesByLanguage: Record<string, string[]>): string[] {
  const all = new Set(Object.values(filesByLanguage).flat());
  return Object.entries(filesByLanguage).flatMap(([lang, files]) =>
    [...all].filter((f) => !files.includes(f)).map((f) => `resources/locales/${lang}/${f} is missing (another language has it)`),
  );
}

interface KeyUse {
  file: string;
  line: number;
  key: string;
  namespaces: string[];
}

/**
 * Literal keys in one source file: t('…'), t("…"), t(`…`) and i18nKey="…". Template literals
 * with `${…}` are out of scope here: the typed keys (renderer/i18n/i18next.d.ts) and the
 * end-to-end missing-key checks cover those. The namespaces are the ones the file names in
 * useTranslation('ns') / useTranslation(['a', 'b']) / TFunction<'ns'>, in order, then common.
 */
function findKeyUses(file: string, source: string): KeyUse[] {
  const declared = [...source.matchAll(/\b(?:useTranslation\s*\(|TFunction\s*<)\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/g)]
    .flatMap((m) => [...(m[1] ?? '').matchAll(/['"]([^'"]+)['"]/g)].map((q) => q[1] ?? ''));
  const namespaces = [...new Set([...declared, 'common'])];
  const calls = /(?<![\w$])t\(\s*(?:'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`)|\bi18nKey=\{?\s*(?:'([^'\n]*)'|"([^"\n]*)")/g;
  return [...source.matchAll(calls)]
    .map((m) => ({ key: m.slice(1).find((g) => g !== undefined) ?? '', at: m.index }))
    .filter(({ key }) => !key.includes('${'))
    .map(({ key, at }) => ({ file, line: source.slice(0, at).split('\n').length, key, namespaces }));
}

/** Uses whose key is in none of its namespaces, in the given language's files. */
function missingKeys(uses: KeyUse[], lang: string, files: Record<string, Flat>): string[] {
  return uses.flatMap((use) => {
    const colon = use.key.indexOf(':');
    const explicit = colon > 0 && use.key.slice(0, colon) in files;
    const key = explicit ? use.key.slice(colon + 1) : use.key;
    const namespaces = explicit ? [use.key.slice(0, colon)] : use.namespaces;
    const exists = namespaces.some((ns) => [...(files[ns]?.keys() ?? [])].some((k) => k === key || (baseKey(k) === key && k !== key)));
    return exists ? [] : [`${use.file}:${use.line}: t('${use.key}') is in none of ${namespaces.map((ns) => `${lang}/${ns}.json`).join(', ')}`];
  });
}

function readLocale(lang: string, file: string): Json {
  const path = join(localesDir, lang, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Json;
  } catch (error) {
    throw new Error(`${relative(root, path)} is not readable JSON: ${(error as Error).message}`);
  }
}

const filesByLanguage = Object.fromEntries(
  languages.map((lang) => [lang, readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.json')).sort()]),
) as Record<string, string[]>;
const sourceFiles = filesByLanguage[sourceLanguage] ?? [];

describe('translations in resources/locales', () => {
  it('has the same namespace files in every language', () => {
    expect(sourceFiles.length, `no namespace files in resources/locales/${sourceLanguage}`).toBeGreaterThan(0);
    expect(checkNamespaceFiles(filesByLanguage)).toEqual([]);
  });

  it.each(sourceFiles)('%s: every text is a non-empty string with the plural forms its language needs', (file) => {
    const problems = languages.flatMap((lang) => (filesByLanguage[lang]?.includes(file) ? checkLanguage(lang, file, readLocale(lang, file)) : []));
    expect(problems).toEqual([]);
  });

  it.each(sourceFiles)('%s: same keys, pluralisation and placeholders in every language', (file) => {
    const source = { lang: sourceLanguage, data: readLocale(sourceLanguage, file) };
    const problems = otherLanguages
      .filter((lang) => filesByLanguage[lang]?.includes(file))
      .flatMap((lang) => compareLanguages(file, source, { lang, data: readLocale(lang, file) }));
    expect(problems).toEqual([]);
  });
});

describe('keys used by the renderer', () => {
  const rendererDir = join(root, 'renderer');
  const uses = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .flatMap((f) => findKeyUses(`renderer/${f.split('\\').join('/')}`, readFileSync(join(rendererDir, f), 'utf8')));

  it('finds literal keys to check (the scan still works)', () => {
    expect(uses.length).toBeGreaterThan(20);
  });

  it(`every literal key exists in ${sourceLanguage}`, () => {
    const files = Object.fromEntries(sourceFiles.map((f) => [f.replace(/\.json$/, ''), flatten(readLocale(sourceLanguage, f))]));
    expect(missingKeys(uses, sourceLanguage, files)).toEqual([]);
  });
});

describe('the checks themselves fail on broken input', () => {
  it('flattens nested keys and reads placeholder names without format suffixes', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' }).keys()]).toEqual(['a.b', 'a.c.d', 'e']);
    expect(placeholders('{{count, number}} of {{ total }} by {{- name}}')).toEqual(new Set(['count', 'total', 'name']));
  });

  it('names a namespace file missing in one language', () => {
    expect(checkNamespaceFiles({ id: ['a.json', 'b.json'], en: ['a.json'] })).toEqual([
      'resources/locales/en/b.json is missing (another language has it)',
    ]);
  });

  it('names empty and non-string values', () => {
    expect(checkLanguage('en', 'x.json', { a: '', b: { c: 3 }, d: null })).toEqual([
      'en/x.json "a": value is empty',
      'en/x.json "b.c": value is 3, not a string',
      'en/x.json "d": value is null, not a string',
    ]);
  });

  it('asks each language for exactly the plural forms Intl.PluralRules gives it', () => {
    expect(checkLanguage('id', 'x.json', { n_other: '{{count}}' })).toEqual([]);
    expect(checkLanguage('en', 'x.json', { n_one: '{{count}}', n_other: '{{count}}' })).toEqual([]);
    expect(checkLanguage('en', 'x.json', { n_other: '{{count}}' })).toEqual([
      'en/x.json "n": has plural forms [other], but en needs exactly [one, other]',
    ]);
    expect(checkLanguage('id', 'x.json', { n_one: '{{count}}', n_other: '{{count}}' })).toEqual([
      'id/x.json "n": has plural forms [one, other], but id needs exactly [other]',
    ]);
  });

  it('compares base keys across languages, so plural forms are not missing keys', () => {
    const id = { lang: 'id', data: { n_other: '{{count}} akun', only: 'x', nested: { a: 'x' } } };
    const en = { lang: 'en', data: { n_one: 'one account', n_other: '{{count}} accounts', extra: 'y', nested: {} } };
    expect(compareLanguages('x.json', id, en)).toEqual([
      'en/x.json lacks "only", which id/x.json has',
      'en/x.json lacks "nested.a", which id/x.json has',
      'id/x.json lacks "extra", which en/x.json has',
    ]);
  });

  it('names a key pluralised in one language only, and differing placeholders', () => {
    const id = { lang: 'id', data: { n_other: '{{count}} akun', who: 'Oleh {{name}}', fmt: '{{count, number}}' } };
    const en = { lang: 'en', data: { n: 'accounts', who: 'By {{user}}', fmt: '{{count}}' } };
    expect(compareLanguages('x.json', id, en)).toEqual([
      'x.json "n": pluralised (used with count) in id but not in en',
      'x.json "n": placeholders differ: id [count], en []',
      'x.json "who": placeholders differ: id [name], en [user]',
    ]);
  });

  it('finds literal keys with their namespaces, skipping template literals with ${…}', () => {
    const source = [
      "const { t } = useTranslation(['users', 'common']);",
      "t('title'); t(\"table.name\"); t(`count`, { count }); t(`roles.${role}`);",
      '<Trans i18nKey="intro" /> format(x); const at = 1;',
    ].join('\n');
    expect(findKeyUses('F.tsx', source)).toEqual([
      { file: 'F.tsx', line: 2, key: 'title', namespaces: ['users', 'common'] },
      { file: 'F.tsx', line: 2, key: 'table.name', namespaces: ['users', 'common'] },
      { file: 'F.tsx', line: 2, key: 'count', namespaces: ['users', 'common'] },
      { file: 'F.tsx', line: 3, key: 'intro', namespaces: ['users', 'common'] },
    ]);
    expect(findKeyUses('G.ts', "function f(t: TFunction<'audit'>) { t('system') }")[0]?.namespaces).toEqual(['audit', 'common']);
  });

  it('resolves ns:key prefixes, namespaces in order, common, and plural forms', () => {
    const files = { users: flatten({ title: 'x', count_other: 'y' }), common: flatten({ appName: 'z' }) };
    const use = (key: string) => ({ file: 'F.tsx', line: 1, key, namespaces: ['users', 'common'] });
    const uses = ['title', 'count', 'appName', 'common:appName', 'users:appName', 'nope'].map(use);
    expect(missingKeys(uses, 'id', files)).toEqual([
      "F.tsx:1: t('users:appName') is in none of id/users.json",
      "F.tsx:1: t('nope') is in none of id/users.json, id/common.json",
    ]);
  });
});
