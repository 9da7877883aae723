import { render, screen } from '@testing-library/react';
import {
  ConfigError,
  loadRuntimeConfig,
  parseRuntimeConfig,
  runtimeConfig,
  setRuntimeConfig,
} from './config';
import { ConfigMissing } from './pages/exception/ConfigMissing';
import { json } from './test/http';

const valid = {
  issuer: 'https://id.example.test/realms/nantong',
  clientId: 'govmedia-admin',
  apiBase: '',
};

describe('parseRuntimeConfig', () => {
  it('accepts an issuer with a path and an empty or absolute apiBase', () => {
    expect(parseRuntimeConfig(valid)).toEqual(valid);
    expect(parseRuntimeConfig({ ...valid, apiBase: 'https://api.example.test/' }).apiBase).toBe(
      'https://api.example.test',
    );
    expect(parseRuntimeConfig({ issuer: valid.issuer, clientId: 'x' }).apiBase).toBe('');
  });

  it.each([
    [{ ...valid, issuer: 'id.example.test' }, 'issuer'],
    [{ ...valid, issuer: undefined }, 'issuer'],
    [{ ...valid, clientId: ' ' }, 'clientId'],
    [{ ...valid, apiBase: '/api' }, 'apiBase'],
    [null, 'issuer'],
  ])('refuses %j naming %s', (value, field) => {
    expect(() => parseRuntimeConfig(value)).toThrow(ConfigError);
    expect(() => parseRuntimeConfig(value)).toThrow(field);
  });
});

describe('loadRuntimeConfig', () => {
  const before = runtimeConfig();
  afterEach(() => {
    vi.unstubAllGlobals();
    setRuntimeConfig(before);
  });

  it('fetches /config.json uncached and keeps it', async () => {
    const other = { ...valid, clientId: 'another-client' };
    const fetch = vi.fn(() => Promise.resolve(json(other)));
    vi.stubGlobal('fetch', fetch);
    await expect(loadRuntimeConfig()).resolves.toEqual(other);
    expect(fetch).toHaveBeenCalledWith(
      '/config.json',
      expect.objectContaining({ cache: 'no-store' }),
    );
    expect(runtimeConfig().clientId).toBe('another-client');
  });

  it('reads a static server falling back to index.html as a missing file', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      ),
    );
    await expect(loadRuntimeConfig()).rejects.toThrow('配置文件缺失');
    vi.stubGlobal('fetch', () => Promise.resolve(json({ title: '不存在' }, 404)));
    await expect(loadRuntimeConfig()).rejects.toThrow('HTTP 404');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadRuntimeConfig()).rejects.toThrow('配置文件缺失');
  });
});

it('shows a Chinese error page instead of a blank one', () => {
  render(
    <ConfigMissing
      error={new ConfigError('配置文件缺失：/config.json 不存在或不是 JSON（HTTP 404）')}
    />,
  );
  expect(screen.getByText('配置文件缺失或无效，管理平台无法启动')).toBeInTheDocument();
  expect(screen.getByTestId('config-error')).toHaveTextContent('HTTP 404');
});
