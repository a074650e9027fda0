import { Controller, Get, Param, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ThrottleService } from '../auth/throttle.service';
import { TokenPair } from '../auth/tokens.service';
import { OidcService } from './oidc.service';
import { Answer, Problems } from '../../common/contract/contract';
import { OidcProviderListAnswer, TokenPairAnswer } from '../accounts.responses';

export class OidcLoginQueryDto {
  @ApiPropertyOptional({ example: '/search?q=peek', description: 'Started from the web UI: the callback redirects to its sign-in page (tokens in the fragment), then to this path' })
  @IsOptional()
  @Matches(/^\/(?![/\\])[\x21-\x7e]{0,500}$/, { message: 'next must be a path of this site, like /search' })
  next?: string;
}

@ApiTags('auth')
@Controller('auth/oidc')
@Public()
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly throttle: ThrottleService,
  ) {}

  @Get('providers')
  @ApiOperation({ summary: 'The OpenID Connect identity providers you can sign in with (ORCID, institutions)' })
  @Answer(OidcProviderListAnswer)
  providers(): { id: string; name: string }[] {
    return this.oidc.providers();
  }

  @Get(':provider/login')
  @Redirect()
  @ApiOperation({ summary: 'Start signing in with a provider: redirects to its authorization page (code flow, PKCE S256, state and nonce)' })
  @ApiNotFoundResponse({ description: 'No such provider' })
  @Answer(null, { status: 302, description: 'To the provider' })
  @Problems(429)
  async login(@Param('provider') provider: string, @Query() query: OidcLoginQueryDto, @Req() req: FastifyRequest): Promise<{ url: string; statusCode: number }> {
    // Each start stores a state: bounded per client address like the other sign-in routes.
    await this.throttle.hit('oidc-login', { ip: req.ip });
    return { url: await this.oidc.login(provider, req.url, query.next ?? null), statusCode: 302 };
  }

  @Get(':provider/callback')
  @ApiOperation({ summary: 'Where the provider sends the browser back: signs in (creating or linking the account) and returns an access and a refresh token' })
  @ApiBadRequestResponse({ description: 'Unknown, expired or already used state' })
  @Answer(TokenPairAnswer)
  @ApiResponse({ status: 302, description: 'Back to the web UI that started the sign-in, tokens in the URL fragment' })
  @Problems(401, 403, 409, 429, 502)
  async callback(@Param('provider') provider: string, @Query('state') state: string | undefined, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenPair | undefined> {
    const { tokens, next } = await this.oidc.callback(provider, typeof state === 'string' ? state : undefined, req.url);
    if (next === null) return tokens;
    // Started from the web UI: back to it, tokens in the fragment.
    // Nest sends the (empty) answer with this status and header.
    void reply.status(302).header('location', this.oidc.uiRedirect(tokens, next));
    return undefined;
  }
}
