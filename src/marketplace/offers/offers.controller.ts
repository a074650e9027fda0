import { Body, Controller, Get, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CurrentPrincipal, Public, RequirePermission } from '../../accounts/auth/auth.decorators';
import { Principal } from '../../accounts/auth/principal';
import { Page, PageQueryDto } from '../../common/http/pagination';
import { SlugParam } from '../../common/http/params';
import { OfferState } from './offer.schema';
import { OfferContentDto, OfferTransitionDto, UpdateOfferDto } from './offers.dto';
import { OffersService, OfferView } from './offers.service';
import { Answer, Problems } from '../../common/contract/contract';
import { OfferAnswer, OfferListAnswer, OfferPageAnswer } from '../marketplace.responses';

export class OfferListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['draft', 'active', 'paused', 'archived'] })
  @IsOptional()
  @IsIn(['draft', 'active', 'paused', 'archived'])
  state?: OfferState;
}

@ApiTags('marketplace')
@Controller()
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post('offers')
  @RequirePermission('offers:manage')
  @ApiOperation({ summary: "Create an offer (draft) for your supplier organization; SKUs are unique per supplier" })
  @Answer(OfferAnswer)
  @Problems(409)
  create(@Body() dto: OfferContentDto, @CurrentPrincipal() by: Principal): Promise<OfferView> {
    return this.offers.create(dto, by);
  }

  @Get('offers')
  @RequirePermission('offers:read-own')
  @ApiOperation({ summary: "Your organization's offers, every state" })
  @Answer(OfferPageAnswer)
  mine(@Query() query: OfferListQueryDto, @CurrentPrincipal() by: Principal): Promise<Page<OfferView>> {
    return this.offers.listMine(query, by);
  }

  @Get('offers/:id')
  @Public()
  @ApiOperation({ summary: 'An active offer, or one of your own in any state (404 otherwise)' })
  @Answer(OfferAnswer)
  get(@Param('id') id: string, @Req() req: { principal?: Principal }): Promise<OfferView> {
    return this.offers.get(id, req.principal);
  }

  @Put('offers/:id')
  @RequirePermission('offers:manage')
  @ApiOperation({ summary: 'Replace one of your offers at the revision you read' })
  @Answer(OfferAnswer)
  @Problems(409)
  update(@Param('id') id: string, @Body() dto: UpdateOfferDto, @CurrentPrincipal() by: Principal): Promise<OfferView> {
    return this.offers.update(id, dto, by);
  }

  @Post('offers/:id/transitions')
  @RequirePermission('offers:manage')
  @ApiOperation({ summary: 'activate, pause or archive one of your offers' })
  @Answer(OfferAnswer)
  @Problems(409)
  transition(@Param('id') id: string, @Body() dto: OfferTransitionDto, @CurrentPrincipal() by: Principal): Promise<OfferView> {
    return this.offers.transition(id, dto.action, dto.revision, by);
  }

  @Get('materials/:slug/offers')
  @Public()
  @ApiOperation({ summary: 'Active offers of a published material, cheapest first' })
  @Answer(OfferListAnswer)
  forMaterial(@Param('slug', SlugParam) slug: string, @Req() req: { principal?: Principal }): Promise<OfferView[]> {
    return this.offers.listForMaterial(slug, req.principal);
  }
}
