import { z } from 'zod';
import { instant, named, pageOf } from '../common/contract/contract';

/** Response schemas of accounts: users, organizations, tokens, API keys. */

export const UserAnswer = named(
  'User',
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(['admin', 'curator'])),
    emailVerified: z.boolean(),
    orcid: z.string().nullable(),
    disabled: z.boolean(),
    identities: z.array(z.object({ issuer: z.string(), subject: z.string() })),
    createdAt: instant(),
  }),
);
export const UserPageAnswer = pageOf('UserPage', UserAnswer);

export const MeAnswer = named(
  'Me',
  UserAnswer.extend({
    organizationId: z.string().nullable(),
    organizationRole: z.string().nullable(),
    effectiveRoles: z.array(z.string()),
    via: z.string().meta({ description: 'How this request was authenticated: jwt or api-key' }),
  }),
  'The signed-in user, the organization acted for and the roles that follow',
);

const memberRole = z.enum(['owner', 'admin', 'member']);
export const OrganizationAnswer = named(
  'Organization',
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['supplier', 'research_institution', 'hospital', 'company']),
    country: z.string(),
    verified: z.boolean(),
    payouts: z.object({ onboarded: z.boolean(), enabled: z.boolean() }).optional(),
    members: z.array(z.object({ userId: z.string(), name: z.string().nullable(), email: z.string().nullable(), role: memberRole, since: instant() })).optional(),
    invitations: z.array(z.object({ id: z.string(), email: z.string(), role: memberRole, expiresAt: instant() })).optional(),
    createdAt: instant(),
  }),
  'An organization; members and invitations are shown to its members and admins',
);
export const OrganizationListAnswer = named('OrganizationList', z.array(OrganizationAnswer));
export const OrganizationPageAnswer = pageOf('OrganizationPage', OrganizationAnswer);

export const TokenPairAnswer = named(
  'TokenPair',
  z.object({
    tokenType: z.literal('Bearer'),
    accessToken: z.string(),
    expiresIn: z.int().meta({ description: 'Seconds' }),
    refreshToken: z.string(),
    refreshExpiresIn: z.int().meta({ description: 'Seconds' }),
  }),
);

export const AcceptedAnswer = named('Accepted', z.object({ status: z.literal('accepted'), detail: z.string() }), 'The request is taken; a mail follows when it applies');

export const ApiKeyAnswer = named(
  'ApiKey',
  z.object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(['read', 'write'])),
    organizationId: z.string().nullable(),
    createdAt: instant(),
    lastUsedAt: instant().nullable(),
    revokedAt: instant().nullable(),
  }),
);
export const ApiKeyListAnswer = named('ApiKeyList', z.array(ApiKeyAnswer));
export const NewApiKeyAnswer = named('NewApiKey', ApiKeyAnswer.extend({ key: z.string().meta({ description: 'bmh_<id>_<secret>: shown once, never again' }) }));

export const OidcProviderListAnswer = named('OidcProviderList', z.array(z.object({ id: z.string(), name: z.string() })));

export const PayoutOnboardingAnswer = named('PayoutOnboarding', z.object({ accountId: z.string(), url: z.string() }), 'Stripe Connect onboarding link');
