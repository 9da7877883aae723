import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setRuntimeConfig } from '../config';

// what /config.json gives the app at start; a neutral provider, the API on the page's own origin
setRuntimeConfig({ issuer: 'https://id.example.test', clientId: 'govmedia-admin', apiBase: '' });

// antd's responsive helpers need matchMedia, which jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

// jsdom does not compute pseudo-element styles; antd asks for them while measuring scrollbars.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// jsdom has no layout, so no ResizeObserver either; antd only needs it to exist.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// ProseMirror (the rich-text editor) scrolls the selection into view; jsdom has no layout to measure.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const range = Range.prototype as Partial<Range>;
range.getClientRects ??= noRects;
range.getBoundingClientRect ??= () => new DOMRect();
(Element.prototype as Partial<Element>).getClientRects ??= noRects;
(document as Partial<Document>).elementFromPoint ??= () => null;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
