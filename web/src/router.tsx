import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { Layout, NotFound } from './ui/Layout';
import { SearchPage } from './search/SearchPage';
import { validateSearch } from './search/params';
import { validateLiteratureSearch } from './literature/literature';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Layout, notFoundComponent: NotFound });

export const searchRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', validateSearch, component: SearchPage });

export const materialRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/materials/$slug',
  component: lazyRouteComponent(() => import('./material/MaterialPage'), 'MaterialPage'),
});

export const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: (raw: Record<string, unknown>): { s?: string[]; ref?: string } => ({
    ...(Array.isArray(raw.s) && { s: raw.s.filter((x): x is string => typeof x === 'string').slice(0, 20) }),
    ...(typeof raw.ref === 'string' && { ref: raw.ref }),
  }),
  component: lazyRouteComponent(() => import('./compare/ComparePage'), 'ComparePage'),
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signin',
  validateSearch: (raw: Record<string, unknown>): { next?: string } => (typeof raw.next === 'string' && raw.next.startsWith('/') ? { next: raw.next } : {}),
  component: lazyRouteComponent(() => import('./account/SignInPage'), 'SignInPage'),
});

export const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  component: lazyRouteComponent(() => import('./account/AccountFlows'), 'RegisterPage'),
});
/** The mails' links: /verify-email?token=, /reset-password?token=, /invitations/accept?token= */
const validateToken = (raw: Record<string, unknown>): { token?: string } =>
  typeof raw.token === 'string' && raw.token.length > 0 && raw.token.length <= 200 ? { token: raw.token } : {};
export const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  validateSearch: validateToken,
  component: lazyRouteComponent(() => import('./account/AccountFlows'), 'VerifyEmailPage'),
});
export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: validateToken,
  component: lazyRouteComponent(() => import('./account/AccountFlows'), 'ResetPasswordPage'),
});
export const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations/accept',
  validateSearch: validateToken,
  component: lazyRouteComponent(() => import('./account/AccountFlows'), 'InvitationPage'),
});

export const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('./account/AccountPage'), 'AccountPage'),
});
export const myQuotesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes',
  component: lazyRouteComponent(() => import('./supplier/QuotesPage'), 'BuyerQuotesPage'),
});
export const quoteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes/$id',
  component: lazyRouteComponent(() => import('./supplier/QuotesPage'), 'QuoteThreadPage'),
});
export const ordersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders',
  component: lazyRouteComponent(() => import('./supplier/OrdersPage'), 'OrdersPage'),
});
export const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/$id',
  component: lazyRouteComponent(() => import('./checkout/OrderPage'), 'OrderPage'),
});
export const cartRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cart',
  component: lazyRouteComponent(() => import('./checkout/CartPage'), 'CartPage'),
});
export const checkoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/checkout',
  component: lazyRouteComponent(() => import('./checkout/CheckoutPage'), 'CheckoutPage'),
});
export const supplierQuotesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/supplier/quotes',
  component: lazyRouteComponent(() => import('./supplier/QuotesPage'), 'SupplierInboxPage'),
});
export const supplierOffersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/supplier/offers',
  component: lazyRouteComponent(() => import('./supplier/OffersPage'), 'OffersPage'),
});
export const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/review',
  component: lazyRouteComponent(() => import('./curator/ReviewPage'), 'ReviewQueuePage'),
});
export const reviewItemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/review/$slug',
  component: lazyRouteComponent(() => import('./curator/ReviewPage'), 'ReviewItemPage'),
});
export const vocabularyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/vocabulary',
  component: lazyRouteComponent(() => import('./curator/VocabularyPage'), 'VocabularyPage'),
});
export const vocabularyImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/vocabulary/import',
  component: lazyRouteComponent(() => import('./curator/VocabularyImportPage'), 'VocabularyImportPage'),
});
export const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/import',
  component: lazyRouteComponent(() => import('./curator/ImportPage'), 'ImportPage'),
});

export const editRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/edit/$slug',
  component: lazyRouteComponent(() => import('./curator/editor/EditorPages'), 'EditMaterialPage'),
});
export const newMaterialRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/new',
  component: lazyRouteComponent(() => import('./curator/editor/EditorPages'), 'NewMaterialPage'),
});
export const proposeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/materials/$slug/propose',
  component: lazyRouteComponent(() => import('./curator/editor/EditorPages'), 'ProposeCorrectionPage'),
});
export const versionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/materials/$slug/versions/$version',
  component: lazyRouteComponent(() => import('./material/VersionPages'), 'VersionPage'),
});
export const versionDiffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/materials/$slug/compare',
  validateSearch: (raw: Record<string, unknown>): { from?: number; to?: number } => ({
    ...(Number.isInteger(Number(raw.from)) && Number(raw.from) > 0 && { from: Number(raw.from) }),
    ...(Number.isInteger(Number(raw.to)) && Number(raw.to) > 0 && { to: Number(raw.to) }),
  }),
  component: lazyRouteComponent(() => import('./material/VersionPages'), 'VersionDiffPage'),
});

export const publicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/publications/$id',
  component: lazyRouteComponent(() => import('./literature/PublicationPage'), 'PublicationPage'),
});
export const literatureSearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/literature',
  validateSearch: validateLiteratureSearch,
  component: lazyRouteComponent(() => import('./literature/LiteratureSearchPage'), 'LiteratureSearchPage'),
});
export const literatureImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/curator/literature/import',
  component: lazyRouteComponent(() => import('./literature/LiteratureImportPage'), 'LiteratureImportPage'),
});

const routeTree = rootRoute.addChildren([
  editRoute,
  newMaterialRoute,
  proposeRoute,
  versionRoute,
  versionDiffRoute,
  searchRoute,
  materialRoute,
  compareRoute,
  signInRoute,
  registerRoute,
  verifyEmailRoute,
  resetPasswordRoute,
  invitationRoute,
  accountRoute,
  myQuotesRoute,
  quoteRoute,
  ordersRoute,
  orderRoute,
  cartRoute,
  checkoutRoute,
  supplierQuotesRoute,
  supplierOffersRoute,
  reviewRoute,
  reviewItemRoute,
  vocabularyRoute,
  vocabularyImportRoute,
  importRoute,
  publicationRoute,
  literatureSearchRoute,
  literatureImportRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
