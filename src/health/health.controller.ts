import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth/auth.decorators';
import { ProblemException } from '../common/problem/problem';
import { HealthService, Readiness } from './health.service';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP' })
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } }, required: ['status'] } })
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: MongoDB and Meilisearch answer; 503 problem+json naming what is down' })
  @ApiOkResponse({ description: 'Every dependency is up' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `checks` says which' })
  async ready(): Promise<Readiness> {
    const readiness = await this.health.readiness();
    if (!readiness.ready) {
      const down = Object.entries(readiness.checks)
        .filter(([, c]) => c.status === 'down')
        .map(([name]) => name);
      throw new ProblemException(503, {
        type: 'not-ready',
        title: 'Service not ready',
        detail: `Unavailable: ${down.join(', ')}.`,
        extensions: { checks: readiness.checks },
        headers: { 'retry-after': '5' },
      });
    }
    return readiness;
  }
}
