import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

/** antd-mobile's Toast and Dialog render outside the tree; React 19 has no ReactDOM.render. */
export function setReact19Render(): void {
  unstableSetRender((node, container) => {
    const holder = container as (Element | DocumentFragment) & { _mobileRoot?: Root };
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
}
