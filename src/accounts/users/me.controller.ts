import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UpdateMeDto } from '../accounts.dto';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { Principal } from '../auth/principal';
import { hiddenNotFound } from '../access';
import { toUserView, UserView } from './users.service';
import type { User } from './user.schema';
import { UsersService } from './users.service';
import { Answer, Problems } from '../../common/contract/contract';
import { MeAnswer } from '../accounts.responses';

export interface MeView extends UserView {
  /** The organization this session acts for, and the caller's roles there and overall. */
  organizationId: string | null;
  organizationRole: string | null;
  effectiveRoles: string[];
  via: string;
}

@ApiTags('accounts')
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @RequirePermission('account:read')
  @ApiOperation({ summary: 'Your account, and the organization you act for' })
  @Answer(MeAnswer)
  async me(@CurrentPrincipal() by: Principal): Promise<MeView> {
    return meView(await this.users.byId(by.id), by);
  }

  @Patch()
  @RequirePermission('account:write')
  @ApiOperation({ summary: 'Change your name or ORCID iD (roles, email and flags are not yours to set)' })
  @Answer(MeAnswer)
  @Problems(409)
  async update(@Body() dto: UpdateMeDto, @CurrentPrincipal() by: Principal): Promise<MeView> {
    // orcid: null removes it; absent fields stay as they are.
    // One database call: the update answers the document as written.
    const set = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    const user = Object.keys(set).length ? await this.users.update(by.id, { $set: set }) : await this.users.byId(by.id);
    if (user) this.auth.profileEdited(user);
    return meView(user, by);
  }
}

function meView(user: User | null, by: Principal): MeView {
  if (!user) throw hiddenNotFound('User')(by.id);
  return { ...toUserView(user), organizationId: by.organizationId ?? null, organizationRole: by.organizationRole ?? null, effectiveRoles: by.roles, via: by.via ?? 'session' };
}
