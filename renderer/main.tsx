import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { setNonce } from 'get-nonce';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createRepo } from './db/repository';
import { requestPersistentStorage } from './db/storage';
import { initI18n } from './i18n';

/**
 * The host put a fresh CSP nonce on this meta tag. Mantine and react-remove-scroll (used by
 * modals, through get-nonce) put it on the <style> tags they add.
 */
function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

async function start(): Promise<void> {
  await initI18n();
  void requestPersistentStorage();
  const nonce = styleNonce();
  setNonce(nonce);
  createRoot(document.getElementById('root')!).render(<App repo={createRepo()} styleNonce={nonce} />);
}

void start();
