import { lazy } from 'react';

/** The organization page's forms, fetched when first opened: the page itself is on the login → first page path. */
export const OrganizationForm = lazy(() =>
  import('./form').then((m) => ({ default: m.OrganizationForm })),
);
export const ObligationDialog = lazy(() =>
  import('./obligationDialog').then((m) => ({ default: m.ObligationDialog })),
);
export const SignerDialog = lazy(() =>
  import('./signerDialog').then((m) => ({ default: m.SignerDialog })),
);
