import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createRepo } from './db/repository';
import { requestPersistentStorage } from './db/storage';
import { initI18n } from './i18n';

/** The host put a fresh CSP nonce on this meta tag; Mantine puts it on the <style> tags it adds. */
function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

async function start(): Promise<void> {
  await initI18n();
  void requestPersistentStorage();
  createRoot(document.getElementById('root')!).render(<App repo={createRepo()} styleNonce={styleNonce()} />);
}

void start();
