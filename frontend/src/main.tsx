import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { completeSilentRenew, isSilentRenewFrame } from './auth/silentRenew';
import { loadRuntimeConfig } from './config';

/** Renders the admin app once /config.json has told where the identity provider and the API are. */
async function startApp(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    await loadRuntimeConfig();
  } catch (error) {
    const { ConfigMissing } = await import('./pages/exception/ConfigMissing');
    root.render(<ConfigMissing error={error} />);
    return;
  }
  const { App } = await import('./App');
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

if (isSilentRenewFrame()) {
  // the token renewal's hidden frame starts no app: it only passes the provider's answer to the app's window
  void loadRuntimeConfig().then(() => completeSilentRenew());
} else {
  void startApp();
}
