import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InviteDto, NewOrganizationDto, TokenDto } from '../accounts.dto';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { Principal } from '../auth/principal';
import { OrganizationsService, OrganizationView } from './organizations.service';
import { Answer, Problems } from '../../common/contract/contract';
import { OrganizationAnswer, OrganizationListAnswer } from '../accounts.responses';

@ApiTags('organizations')
@Controller()
export class OrganizationsController {
  constructor(
    private readonly orgs: OrganizationsService,
    private readonly auth: AuthService,
  ) {}

  @Post('organizations')
  @RequirePermission('account:write')
  @ApiOperation({ summary: 'Create an organization; you become its owner. Admins verify it later.' })
  @Answer(OrganizationAnswer)
  @Problems(409)
  async create(@Body() dto: NewOrganizationDto, @CurrentPrincipal() by: Principal): Promise<OrganizationView> {
    const org = await this.orgs.create(dto, by.id);
    this.auth.forget(by.id);
    return this.orgs.present(org, by);
  }

  @Get('organizations')
  @RequirePermission('organizations:read')
  @ApiOperation({ summary: 'The organizations you belong to' })
  @Answer(OrganizationListAnswer)
  mine(@CurrentPrincipal() by: Principal): Promise<OrganizationView[]> {
    return this.orgs.mine(by);
  }

  @Get('organizations/:id')
  @RequirePermission('organizations:read')
  @ApiOperation({ summary: 'One of your organizations, with its members (404 for others)' })
  @Answer(OrganizationAnswer)
  get(@Param('id') id: string, @CurrentPrincipal() by: Principal): Promise<OrganizationView> {
    return this.orgs.get(id, by);
  }

  @Post('organizations/:id/invitations')
  @RequirePermission('organizations:manage')
  @ApiOperation({ summary: 'Invite someone by email (owners and admins of the organization)' })
  @Answer(OrganizationAnswer)
  @Problems(409)
  invite(@Param('id') id: string, @Body() dto: InviteDto, @CurrentPrincipal() by: Principal): Promise<OrganizationView> {
    return this.orgs.invite(id, dto, by);
  }

  @Delete('organizations/:id/members/:userId')
  @RequirePermission('organizations:manage')
  @ApiOperation({ summary: 'Remove a member (owners and admins; the last owner stays)' })
  @Answer(OrganizationAnswer)
  @Problems(409)
  async remove(@Param('id') id: string, @Param('userId') userId: string, @CurrentPrincipal() by: Principal): Promise<OrganizationView> {
    const view = await this.orgs.removeMember(id, userId, by);
    this.auth.forget(userId);
    return view;
  }

  @Delete('organizations/:id/invitations/:invitationId')
  @RequirePermission('organizations:manage')
  @ApiOperation({ summary: 'Withdraw an open invitation (owners and admins); its link stops working' })
  @Answer(OrganizationAnswer)
  @Problems(409)
  revokeInvitation(@Param('id') id: string, @Param('invitationId') invitationId: string, @CurrentPrincipal() by: Principal): Promise<OrganizationView> {
    return this.orgs.revokeInvitation(id, invitationId, by);
  }

  @Post('invitations/accept')
  @RequirePermission('account:write')
  @ApiOperation({ summary: 'Join the organization of an invitation sent to your verified address' })
  @Answer(OrganizationAnswer)
  @Problems(409)
  async accept(@Body() dto: TokenDto, @CurrentPrincipal() by: Principal): Promise<OrganizationView> {
    const view = await this.orgs.accept(dto.token, by);
    this.auth.forget(by.id);
    return view;
  }
}
