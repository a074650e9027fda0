import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateApiKeyDto } from '../accounts.dto';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { ApiKeysService, ApiKeyView } from './api-keys.service';
import { Answer } from '../../common/contract/contract';
import { ApiKeyAnswer, ApiKeyListAnswer, NewApiKeyAnswer } from '../accounts.responses';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @RequirePermission('api-keys:manage')
  @ApiOperation({ summary: 'Create an API key (read and/or write scope). The key is shown in this answer only.' })
  @Answer(NewApiKeyAnswer)
  create(@Body() dto: CreateApiKeyDto, @CurrentPrincipal() by: Principal): Promise<ApiKeyView & { key: string }> {
    return this.keys.create(dto, by);
  }

  @Get()
  @RequirePermission('api-keys:manage')
  @ApiOperation({ summary: 'Your API keys (never the secrets), with when each was last used' })
  @Answer(ApiKeyListAnswer)
  list(@CurrentPrincipal() by: Principal): Promise<ApiKeyView[]> {
    return this.keys.list(by);
  }

  @Delete(':id')
  @RequirePermission('api-keys:manage')
  @ApiOperation({ summary: 'Revoke one of your keys; it stops working at once' })
  @Answer(ApiKeyAnswer)
  revoke(@Param('id') id: string, @CurrentPrincipal() by: Principal): Promise<ApiKeyView> {
    return this.keys.revoke(id, by);
  }
}
