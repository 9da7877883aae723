import { unstableSetRender } from 'antd-mobile';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { loadApiBase } from './api';
import { MobileApp } from './App';

// antd-mobile's Toast and Dialog render outside the tree; React 19 has no ReactDOM.render
unstableSetRender((node, container) => {
  const holder = container as Element & { _mobileRoot?: Root };
  holder._mobileRoot ??= createRoot(container);
  holder._mobileRoot.render(node);
  return () =>
    new Promise<void>((resolve) => {
      setTimeout(() => {
        holder._mobileRoot?.unmount();
        holder._mobileRoot = undefined;
        resolve();
      });
    });
});

void loadApiBase().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MobileApp />
    </StrictMode>,
  );
});
