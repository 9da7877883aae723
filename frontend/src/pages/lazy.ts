import { lazy } from 'react';

/** Each page is its own chunk, fetched when first opened: the login → first page path loads only what it shows. */
export const AccountList = lazy(() =>
  import('./accounts/list').then((m) => ({ default: m.AccountList })),
);
export const AccountShow = lazy(() =>
  import('./accounts/show').then((m) => ({ default: m.AccountShow })),
);
export const AuditList = lazy(() => import('./audit/list').then((m) => ({ default: m.AuditList })));
export const CalendarPage = lazy(() =>
  import('./calendar/list').then((m) => ({ default: m.CalendarPage })),
);
export const CounterfeitList = lazy(() =>
  import('./counterfeits/list').then((m) => ({ default: m.CounterfeitList })),
);
export const DutyPage = lazy(() => import('./duty/list').then((m) => ({ default: m.DutyPage })));
export const IncidentList = lazy(() =>
  import('./incidents/list').then((m) => ({ default: m.IncidentList })),
);
export const IncidentShow = lazy(() =>
  import('./incidents/show').then((m) => ({ default: m.IncidentShow })),
);
export const SecurityPage = lazy(() =>
  import('./security/list').then((m) => ({ default: m.SecurityPage })),
);
export const FaqList = lazy(() => import('./faqs/list').then((m) => ({ default: m.FaqList })));
export const FilingForm = lazy(() =>
  import('./filings/form').then((m) => ({ default: m.FilingForm })),
);
export const FilingList = lazy(() =>
  import('./filings/list').then((m) => ({ default: m.FilingList })),
);
export const FilingShow = lazy(() =>
  import('./filings/show').then((m) => ({ default: m.FilingShow })),
);
export const InteractionList = lazy(() =>
  import('./complaints/list').then((m) => ({ default: m.InteractionList })),
);
export const InteractionShow = lazy(() =>
  import('./complaints/show').then((m) => ({ default: m.InteractionShow })),
);
export const OrganizationList = lazy(() =>
  import('./organizations/list').then((m) => ({ default: m.OrganizationList })),
);
export const PublicationList = lazy(() =>
  import('./publications/list').then((m) => ({ default: m.PublicationList })),
);
export const RectificationList = lazy(() =>
  import('./rectifications/list').then((m) => ({ default: m.RectificationList })),
);
export const RepostPage = lazy(() =>
  import('./reposts/page').then((m) => ({ default: m.RepostPage })),
);
export const ReviewEditor = lazy(() =>
  import('./reviews/editor').then((m) => ({ default: m.ReviewEditor })),
);
export const ReviewList = lazy(() =>
  import('./reviews/list').then((m) => ({ default: m.ReviewList })),
);
export const ReviewShow = lazy(() =>
  import('./reviews/show').then((m) => ({ default: m.ReviewShow })),
);
export const RumourEditor = lazy(() =>
  import('./rumours/editor').then((m) => ({ default: m.RumourEditor })),
);
export const RumourList = lazy(() =>
  import('./rumours/list').then((m) => ({ default: m.RumourList })),
);
export const RumourShow = lazy(() =>
  import('./rumours/show').then((m) => ({ default: m.RumourShow })),
);
export const StaffList = lazy(() => import('./staff/list').then((m) => ({ default: m.StaffList })));
export const SupervisionPage = lazy(() =>
  import('./supervision').then((m) => ({ default: m.SupervisionPage })),
);
export const SpotCheckShow = lazy(() =>
  import('./spotcheck/spotCheckShow').then((m) => ({ default: m.SpotCheckShow })),
);
export const SyncPage = lazy(() => import('./sync/list').then((m) => ({ default: m.SyncPage })));
export const UserList = lazy(() => import('./users/list').then((m) => ({ default: m.UserList })));
