import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadRuntimeConfig } from './config';
import { ConfigMissing } from './pages/exception/ConfigMissing';

const root = createRoot(document.getElementById('root')!);

// the identity provider and the API are only known once /config.json has loaded
loadRuntimeConfig().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<ConfigMissing error={error} />),
);
