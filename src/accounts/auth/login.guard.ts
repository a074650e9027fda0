import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { validationProblem } from '../../common/problem/problem';
import { flattenValidationErrors } from '../../common/problem/validation';
import { LoginDto } from '../accounts.dto';
import { normalizeEmail } from '../users/user.schema';
import { badCredentials } from './auth.service';
import { PassportService } from './passport.service';
import { ThrottleService } from './throttle.service';

/**
 * POST /auth/login through Passport's local strategy. Guards run before pipes, so the body is
 * validated here first (same rules as everywhere: unknown fields refused), then the attempt is
 * counted per client address and per account before any password is checked.
 */
@Injectable()
export class LoginGuard implements CanActivate {
  constructor(
    private readonly passport: PassportService,
    private readonly throttle: ThrottleService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown; ip: string; user?: unknown }>();
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (errors.length) throw validationProblem(flattenValidationErrors(errors));
    await this.throttle.hit('login', { ip: request.ip, account: normalizeEmail(dto.email) });
    const user = await this.passport.authenticate(['local'], request);
    if (!user) throw badCredentials();
    request.user = user;
    return true;
  }
}
