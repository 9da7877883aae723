import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RequireAuth } from './RequireAuth';

interface AuthState {
  isAuthenticated?: boolean;
  isLoading?: boolean;
  error?: { name: string; message: string; source: string };
}

const auth = vi.hoisted(() => {
  const state: AuthState = {};
  return { state, signinRedirect: vi.fn(() => Promise.resolve()) };
});

vi.mock('react-oidc-context', () => ({
  hasAuthParams: () => false,
  useAuth: () => ({ ...auth.state, signinRedirect: auth.signinRedirect }),
}));

function renderPage() {
  const router = createMemoryRouter(
    [{ path: '/reviews/new', element: <RequireAuth>撰写审核单</RequireAuth> }],
    { initialEntries: ['/reviews/new'] },
  );
  return render(<RouterProvider router={router} />);
}

const renewFailed = { name: 'ErrorResponse', message: 'login_required', source: 'renewSilent' };

beforeEach(() => auth.signinRedirect.mockClear());

describe('RequireAuth', () => {
  it('lets the user work on after a failed silent renewal while the token lasts', () => {
    auth.state = { isAuthenticated: true, isLoading: false, error: renewFailed };
    renderPage();
    expect(screen.getByText('撰写审核单')).toBeInTheDocument();
    expect(auth.signinRedirect).not.toHaveBeenCalled();
  });

  it('sends the user to the login page, not to an error, once the token is gone', () => {
    auth.state = { isAuthenticated: false, isLoading: false, error: renewFailed };
    renderPage();
    expect(screen.queryByText('登录失败')).not.toBeInTheDocument();
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/reviews/new' } });
  });

  it('shows a failed login', () => {
    auth.state = {
      isAuthenticated: false,
      isLoading: false,
      error: { name: 'Error', message: 'state mismatch', source: 'signinCallback' },
    };
    renderPage();
    expect(screen.getByText('登录失败')).toBeInTheDocument();
    expect(auth.signinRedirect).not.toHaveBeenCalled();
  });
});
