import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import * as client from 'openid-client';
import { AuthenticateOptions, Strategy } from 'openid-client/passport';
import { serializedWrite } from '../../common/mongo/write-locks';
import { ProblemException } from '../../common/problem/problem';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { AuthService } from '../auth/auth.service';
import { PassportService } from '../auth/passport.service';
import { sha256 } from '../auth/secrets';
import { TokenPair } from '../auth/tokens.service';
import { User } from '../users/user.schema';
import { UsersService } from '../users/users.service';
import { OIDC_STATE_MODEL, OidcState } from './oidc-state.schema';

type ProviderConfig = AppConfig['auth']['oidc']['providers'][number];
type Tokens = client.TokenEndpointResponse & client.TokenEndpointResponseHelpers;

const STATE_TTL_MS = 10 * 60_000;
/** Where openid-client's strategy keeps a login's checks (code_verifier, nonce, state) in `req.session`. */
const SESSION_KEY = 'oidc';

interface AuthorizationChecks {
  code_verifier: string;
  nonce?: string;
  state?: string;
}

/**
 * The request Passport and the strategy get: the path and query of the HTTP request (only the query
 * counts: the redirect URI is configured), the public origin rather than the Host header, and a
 * one-login "session" backed by `oidc_states`.
 */
interface OidcRequest {
  method: 'GET';
  url: string;
  protocol: string;
  host: string;
  session: { [SESSION_KEY]?: AuthorizationChecks };
}

type StrategyRequest = Parameters<Strategy['shouldInitiateAuthRequest']>[0];

/**
 * openid-client's Passport strategy, sending `state` and `nonce` with every authorization request
 * (on its own it sends a nonce only for implicit flows and a state only when the provider lacks
 * PKCE). Which leg runs is told by the session, not the URL: empty when a login starts, holding the
 * stored checks on the callback, so a callback without `code` never starts another login.
 */
class OidcStrategy extends Strategy {
  override authorizationRequestParams<T extends AuthenticateOptions>(req: StrategyRequest, options: T): URLSearchParams {
    const params = new URLSearchParams(super.authorizationRequestParams(req, options));
    params.set('state', client.randomState());
    params.set('nonce', client.randomNonce());
    return params;
  }

  override shouldInitiateAuthRequest(req: StrategyRequest): boolean {
    return !(req as unknown as OidcRequest).session[SESSION_KEY];
  }
}

/**
 * What Passport writes a strategy's redirect to (statusCode, Location, end()). The controller sends
 * the redirect itself, once the login's state is stored.
 */
class CapturedRedirect {
  statusCode = 0;
  location: string | null = null;
  private done!: () => void;
  readonly ended = new Promise<void>((resolve) => (this.done = resolve));

  setHeader(name: string, value: string): void {
    if (name.toLowerCase() === 'location') this.location = value;
  }

  end(): void {
    this.done();
  }
}

const invalidState = () =>
  new ProblemException(400, { type: 'invalid-oidc-state', title: 'Invalid or expired sign-in', detail: 'This sign-in was completed already, has expired (10 minutes), or is unknown. Start again.' });

const loginFailed = (detail: string) => new ProblemException(401, { type: 'oidc-login-failed', title: 'Sign-in with the identity provider failed', detail });

/** Errors of the protocol exchange (the provider's answer or its checks), as opposed to our own faults. */
const isProtocolError = (err: unknown) =>
  err instanceof client.ClientError || err instanceof client.ResponseBodyError || err instanceof client.AuthorizationResponseError || err instanceof client.WWWAuthenticateChallengeError;

/**
 * OpenID Connect sign-in (ORCID, institutional IdPs): authorization code flow with PKCE (S256),
 * `state` and `nonce`, through a Passport strategy per provider (`oidc:<id>`), registered with the
 * app's PassportService on the first login (discovery needs the provider up; the app need not wait
 * for it to start). A login's checks live in MongoDB for 10 minutes and work once.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private readonly strategies = new Map<string, Promise<string>>();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectModel(OIDC_STATE_MODEL) private readonly states: Model<OidcState>,
    private readonly passport: PassportService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  providers(): { id: string; name: string }[] {
    return this.config.auth.oidc.providers.map((p) => ({ id: p.id, name: p.name }));
  }

  /** The provider's authorization URL to redirect the browser to; the login's checks are stored first. */
  async login(providerId: string, url: string, next: string | null = null): Promise<string> {
    const provider = this.provider(providerId);
    const strategy = await this.strategy(provider);
    const req = this.request(url, {});
    const res = new CapturedRedirect();
    await Promise.race([this.passport.authenticate([strategy], req, res), res.ended]);
    const checks = req.session[SESSION_KEY];
    if (!res.location || !checks?.state || !checks.nonce) throw new Error(`strategy ${strategy} did not redirect with state and nonce`);
    const now = Date.now();
    await this.states.deleteMany({ expiresAt: { $lt: new Date(now) } });
    await this.states.create({ _id: sha256(checks.state), provider: provider.id, nonce: checks.nonce, codeVerifier: checks.code_verifier, next, expiresAt: new Date(now + STATE_TTL_MS) });
    return res.location;
  }

  /**
   * Completes a login: uses up its state (unknown, expired, replayed or another provider's: 400),
   * then the strategy exchanges the code with the PKCE verifier and checks the ID token (issuer,
   * audience, signature, nonce); the account it resolves to is signed in.
   */
  async callback(providerId: string, state: string | undefined, url: string): Promise<{ tokens: TokenPair; next: string | null }> {
    const provider = this.provider(providerId);
    const stored = state ? await this.useState(state) : null;
    if (!stored || stored.provider !== provider.id) throw invalidState();
    const strategy = await this.strategy(provider);
    const req = this.request(url, { [SESSION_KEY]: { code_verifier: stored.codeVerifier, nonce: stored.nonce, state } });
    let user: unknown;
    try {
      user = await this.passport.authenticate([strategy], req, new CapturedRedirect());
    } catch (err) {
      if (!isProtocolError(err)) throw err;
      this.logger.warn(`OIDC callback from ${provider.id} refused: ${(err as Error).message}`);
      throw loginFailed(`${provider.name} did not complete the sign-in (${(err as Error).message}).`);
    }
    if (!user) throw loginFailed(`${provider.name} did not sign you in.`);
    return { tokens: await this.auth.signIn(user as User), next: stored.next ?? null };
  }

  /**
   * Where the browser goes after a login started from the web UI: its sign-in page, with the tokens
   * in the fragment (browsers never send fragments to servers, so they stay out of logs) and the
   * page to return to.
   */
  uiRedirect(tokens: TokenPair, next: string): string {
    const fragment = new URLSearchParams({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresIn: String(tokens.expiresIn), next });
    return `${new URL('/signin', this.config.publicUrl).toString()}#${fragment.toString()}`;
  }

  private request(url: string, session: OidcRequest['session']): OidcRequest {
    const origin = new URL(this.config.publicUrl);
    return { method: 'GET', url, protocol: origin.protocol.slice(0, -1), host: origin.host, session };
  }

  private provider(id: string): ProviderConfig {
    const provider = this.config.auth.oidc.providers.find((p) => p.id === id);
    if (!provider) throw new ProblemException(404, { type: 'not-found', title: 'Identity provider not found', detail: `No identity provider "${id}".` });
    return provider;
  }

  /** One conditional delete: a state works once, before it expires. */
  private useState(state: string): Promise<OidcState | null> {
    const id = sha256(state);
    return serializedWrite('oidc_states', id, () => this.states.findOneAndDelete({ _id: id, expiresAt: { $gt: new Date() } }).lean<OidcState>().exec());
  }

  /** The provider's strategy name, registered on first use; a failed discovery is retried next time. */
  private strategy(provider: ProviderConfig): Promise<string> {
    let ready = this.strategies.get(provider.id);
    if (!ready) {
      ready = this.register(provider);
      this.strategies.set(provider.id, ready);
      ready.catch(() => this.strategies.delete(provider.id));
    }
    return ready;
  }

  private async register(provider: ProviderConfig): Promise<string> {
    const secret = this.config.auth.oidc.clientSecrets?.[provider.id];
    // The schema allows http:// issuers only on localhost.
    const execute = provider.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [];
    let configuration: client.Configuration;
    try {
      configuration = await client.discovery(new URL(provider.issuer), provider.clientId, secret, secret ? undefined : client.None(), { execute, timeout: 10 });
    } catch (err) {
      this.logger.warn(`OIDC discovery of ${provider.issuer} failed: ${(err as Error).message}`);
      throw new ProblemException(502, { type: 'oidc-provider-unavailable', title: 'Identity provider unavailable', detail: `${provider.name} cannot be reached at the moment; try again later.` });
    }
    const name = `oidc:${provider.id}`;
    const callbackURL = `${this.config.publicUrl.replace(/\/+$/, '')}/api/v1/auth/oidc/${provider.id}/callback`;
    const strategy = new OidcStrategy({ config: configuration, name, sessionKey: SESSION_KEY, callbackURL, scope: provider.scopes.join(' ') }, (tokens, verified) =>
      void this.account(configuration, tokens).then(
        (user) => verified(null, user),
        (err) => verified(err),
      ),
    );
    this.passport.use(name, strategy);
    return name;
  }

  /**
   * The account of a verified login: the one with this (issuer, subject); else the one with the
   * same address, if the provider vouches for it (email_verified), which gets the identity linked;
   * else a new one without password, its address verified only if the provider says so.
   */
  private async account(configuration: client.Configuration, tokens: Tokens): Promise<User> {
    const idToken = tokens.claims();
    if (!idToken) throw loginFailed('The provider sent no ID token.');
    const issuer = idToken.iss;
    const subject = idToken.sub;
    const known = await this.users.byIdentity(issuer, subject);
    if (known) return usable(known);

    // Providers may put the profile claims in the ID token or only behind the userinfo endpoint.
    const claims = idToken.email === undefined && configuration.serverMetadata().userinfo_endpoint ? { ...idToken, ...(await client.fetchUserInfo(configuration, tokens.access_token, subject)) } : idToken;
    const email = typeof claims.email === 'string' && claims.email.includes('@') ? claims.email : null;
    if (!email) throw new ProblemException(400, { type: 'oidc-email-missing', title: 'No email address from the provider', detail: 'The identity provider did not share an email address; allow it to, then sign in again.' });
    const emailVerified = claims.email_verified === true;
    const identity = { issuer, subject };

    const owner = await this.users.byEmail(email);
    if (owner) {
      if (!emailVerified) {
        throw new ProblemException(409, { type: 'oidc-email-unverified', title: 'Address not confirmed by the provider', detail: 'An account uses this address, but the identity provider does not confirm it is yours; sign in with your password instead.' });
      }
      const linked = (await this.users.linkIdentity(owner._id, identity)) ?? (await this.users.byIdentity(issuer, subject));
      if (!linked) throw new Error(`linking ${issuer} ${subject} to user ${owner._id} failed`);
      this.logger.log(`linked ${issuer} identity to user ${owner._id}`);
      return usable(linked);
    }
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email.split('@')[0];
    try {
      return await this.users.create({ email, name, passwordHash: null, emailVerified, identity });
    } catch (err) {
      // Two callbacks of the same new user at once: the second finds the first's account.
      const raced = err instanceof ProblemException && err.getStatus() === 409 ? await this.users.byIdentity(issuer, subject) : null;
      if (!raced) throw err;
      return usable(raced);
    }
  }
}

function usable(user: User): User {
  if (user.disabled) throw new ProblemException(403, { type: 'account-disabled', title: 'Account disabled', detail: 'This account is disabled.' });
  return user;
}
