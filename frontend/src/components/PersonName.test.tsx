import { screen, waitFor } from '@testing-library/react';
import { peopleApi, renderApp } from '../test/http';
import { PersonName } from './PersonName';

describe('PersonName', () => {
  it('shows display names, asking once for all the names on the page', async () => {
    const { requests } = renderApp(
      [
        {
          path: '/',
          element: (
            <>
              <PersonName username="cc-operator" />
              <PersonName username="cc-reviewer" />
              <PersonName username="cc-operator" />
              <PersonName username="anonymous" />
              <PersonName username="gone-user" />
            </>
          ),
        },
      ],
      {
        path: '/',
        api: peopleApi(['cc-operator', '张运营'], ['cc-reviewer', '李审核']),
      },
    );
    expect(await screen.findAllByText('张运营')).toHaveLength(2);
    expect(screen.getByText('李审核')).toHaveAttribute(
      'title',
      '登录名 cc-reviewer · 崇川区教体局',
    );
    expect(screen.getByText('公众')).toBeInTheDocument();
    expect(screen.getByText('gone-user')).toBeInTheDocument();
    await waitFor(() =>
      expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/people')).toHaveLength(1),
    );
    const asked = new URL(
      requests.find((r) => new URL(r.url).pathname === '/api/v1/people')?.url ?? 'http://x',
    ).searchParams.getAll('username');
    expect(asked.sort()).toEqual(['cc-operator', 'cc-reviewer', 'gone-user']);
  });
});
