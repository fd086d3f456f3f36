/**
 * Links that may leave the app, opened in the person's browser: only HTTPS pages of the
 * official sources the app refers to (regulations and civil-service agencies). Anything else
 * stays closed, because `shell.openExternal` hands a URL to the OS, which may run it.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'peraturan.bpk.go.id', // BPK's database of laws and regulations
  'jdih.menpan.go.id', // KemenPANRB's legal documentation (JDIH)
  'www.menpan.go.id', // Kementerian PANRB
  'www.bkn.go.id', // Badan Kepegawaian Negara
];

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' && // URL drops a default :443, so any port left is non-default
    EXTERNAL_LINK_HOSTS.includes(parsed.hostname)
  );
}

/** Opens the (normalised) URL with the given OS action when allowed; says whether it did. */
export async function openExternalIfAllowed(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await openExternal(new URL(url).href);
  return true;
}
