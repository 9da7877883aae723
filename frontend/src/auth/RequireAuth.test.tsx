import { screen } from '@testing-library/react';
import type { AuthContextProps } from 'react-oidc-context';
import { renderApp } from '../test/http';
import { RequireAuth } from './RequireAuth';

interface AuthState {
  isAuthenticated?: boolean;
  isLoading?: boolean;
  error?: { name: string; message: string; source: string };
}

const signinRedirect = vi.fn(() => Promise.resolve());

function renderPage(state: AuthState) {
  renderApp([{ path: '/reviews/new', element: <RequireAuth>撰写审核单</RequireAuth> }], {
    path: '/reviews/new',
    auth: { ...state, signinRedirect } as Partial<AuthContextProps>,
  });
}

const renewFailed = { name: 'ErrorResponse', message: 'login_required', source: 'renewSilent' };

beforeEach(() => signinRedirect.mockClear());

describe('RequireAuth', () => {
  it('lets the user work on after a failed silent renewal while the token lasts', () => {
    renderPage({ isAuthenticated: true, isLoading: false, error: renewFailed });
    expect(screen.getByText('撰写审核单')).toBeInTheDocument();
    expect(signinRedirect).not.toHaveBeenCalled();
  });

  it('sends the user to the login page, not to an error, once the token is gone', () => {
    renderPage({ isAuthenticated: false, isLoading: false, error: renewFailed });
    expect(screen.queryByText('登录失败')).not.toBeInTheDocument();
    expect(signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/reviews/new' } });
  });

  it('shows a failed login', () => {
    renderPage({
      isAuthenticated: false,
      isLoading: false,
      error: { name: 'Error', message: 'state mismatch', source: 'signinCallback' },
    });
    expect(screen.getByText('登录失败')).toBeInTheDocument();
    expect(signinRedirect).not.toHaveBeenCalled();
  });
});
