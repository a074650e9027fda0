import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { EmailDto, LoginDto, RefreshDto, RegisterDto, ResetPasswordDto, TokenDto } from '../accounts.dto';
import { User } from '../users/user.schema';
import { Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginGuard } from './login.guard';
import { ThrottleService } from './throttle.service';
import { TokenPair } from './tokens.service';
import { Answer, Problems } from '../../common/contract/contract';
import { AcceptedAnswer, TokenPairAnswer } from '../accounts.responses';

const ACCEPTED = { status: 'accepted', detail: 'If the address can receive it, a mail is on its way.' };

@ApiTags('auth')
@Controller('auth')
@Public()
@ApiTooManyRequestsResponse({ description: 'Too many attempts from this address or for this account (Retry-After)' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: ThrottleService,
  ) {}

  @Post('register')
  @HttpCode(202)
  @ApiOperation({ summary: 'Create an account (and optionally its organization); a verification mail follows. Same answer for a taken address.' })
  @Answer(AcceptedAnswer)
  async register(@Body() dto: RegisterDto, @Req() req: { ip: string }): Promise<typeof ACCEPTED> {
    await this.throttle.hit('register', { ip: req.ip, account: dto.email.toLowerCase() });
    await this.auth.register(dto);
    return ACCEPTED;
  }

  @Post('verify-email')
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm the address with the token from the mail (single use)' })
  @Answer(null)
  async verifyEmail(@Body() dto: TokenDto): Promise<void> {
    await this.auth.verifyEmail(dto.token);
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send another verification mail' })
  @Answer(AcceptedAnswer)
  async resend(@Body() dto: EmailDto, @Req() req: { ip: string }): Promise<typeof ACCEPTED> {
    await this.throttle.hit('verify', { ip: req.ip, account: dto.email.toLowerCase() });
    await this.auth.resendVerification(dto.email);
    return ACCEPTED;
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(LoginGuard)
  @ApiOperation({ summary: 'Sign in with email and password: an access token (JWT) and a refresh token' })
  @Answer(TokenPairAnswer)
  @Problems(401, 403)
  login(@Body() _dto: LoginDto, @Req() req: { user: User }): Promise<TokenPair> {
    return this.auth.signIn(req.user);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; the old one stops working (reusing it revokes the session)' })
  @Answer(TokenPairAnswer)
  @Problems(401)
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of this refresh token' })
  @Answer(null)
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }

  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a password reset link. Same answer whether or not the address is registered.' })
  @Answer(AcceptedAnswer)
  async requestReset(@Body() dto: EmailDto, @Req() req: { ip: string }): Promise<typeof ACCEPTED> {
    await this.throttle.hit('reset', { ip: req.ip, account: dto.email.toLowerCase() });
    await this.auth.requestPasswordReset(dto.email);
    return ACCEPTED;
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the token from the mail; every session of the account ends' })
  @Answer(null)
  async reset(@Body() dto: ResetPasswordDto, @Req() req: { ip: string }): Promise<void> {
    await this.throttle.hit('reset-confirm', { ip: req.ip });
    await this.auth.resetPassword(dto.token, dto.password);
  }
}
