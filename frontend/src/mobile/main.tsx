import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadApiBase } from './api';
import { MobileApp } from './App';
import { setReact19Render } from './reactRender';

setReact19Render();
void loadApiBase().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MobileApp />
    </StrictMode>,
  );
});
