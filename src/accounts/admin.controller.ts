import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto, Page } from '../common/http/pagination';
import { SetFlagDto, SetRolesDto } from './accounts.dto';
import { hiddenNotFound } from './access';
import { CurrentPrincipal, RequirePermission } from './auth/auth.decorators';
import { AuthService } from './auth/auth.service';
import { Principal } from './auth/principal';
import { TokensService } from './auth/tokens.service';
import { OrganizationsService, OrganizationView } from './organizations/organizations.service';
import { toUserView, UsersService, UserView } from './users/users.service';
import { Answer } from '../common/contract/contract';
import { OrganizationAnswer, OrganizationPageAnswer, UserAnswer, UserPageAnswer } from './accounts.responses';

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly users: UsersService,
    private readonly orgs: OrganizationsService,
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
  ) {}

  @Get('users')
  @RequirePermission('admin:users')
  @ApiOperation({ summary: 'Every user' })
  @Answer(UserPageAnswer)
  listUsers(@Query() page: PageQueryDto): Promise<Page<UserView>> {
    return this.users.list(page);
  }

  @Post('users/:id/roles')
  @RequirePermission('admin:users')
  @ApiOperation({ summary: "Set a user's global roles (grant or take curator, admin)" })
  @Answer(UserAnswer)
  async setRoles(@Param('id') id: string, @Body() dto: SetRolesDto): Promise<UserView> {
    const user = await this.users.update(id, { $set: { roles: dto.roles } });
    if (!user) throw hiddenNotFound('User')(id);
    this.auth.forget(id);
    return toUserView(user);
  }

  @Post('users/:id/disabled')
  @RequirePermission('admin:users')
  @ApiOperation({ summary: 'Disable (or enable) a user: every token and key of theirs stops working at once' })
  @Answer(UserAnswer)
  async setDisabled(@Param('id') id: string, @Body() dto: SetFlagDto, @CurrentPrincipal() by: Principal): Promise<UserView> {
    if (id === by.id && dto.value) throw hiddenNotFound('User')(id);
    const user = await this.users.update(id, { $set: { disabled: dto.value } });
    if (!user) throw hiddenNotFound('User')(id);
    if (dto.value) await this.tokens.revokeUser(id);
    this.auth.forget(id);
    return toUserView(user);
  }

  @Get('organizations')
  @RequirePermission('admin:organizations')
  @ApiOperation({ summary: 'Every organization' })
  @Answer(OrganizationPageAnswer)
  listOrganizations(@Query() page: PageQueryDto): Promise<Page<OrganizationView>> {
    return this.orgs.list(page);
  }

  @Post('organizations/:id/verified')
  @RequirePermission('admin:organizations')
  @ApiOperation({ summary: 'Mark an organization verified (or not)' })
  @Answer(OrganizationAnswer)
  setVerified(@Param('id') id: string, @Body() dto: SetFlagDto, @CurrentPrincipal() by: Principal): Promise<OrganizationView> {
    return this.orgs.setVerified(id, dto.value, by);
  }
}
