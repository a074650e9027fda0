import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth/auth.decorators';
import { ProblemException } from '../common/problem/problem';
import { HealthService, Readiness } from './health.service';
import { Answer, Problems } from '../common/contract/contract';
import { AliveAnswer, ReadinessAnswer } from './health.responses';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP' })
  @Answer(AliveAnswer)
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: MongoDB and Meilisearch answer; 503 problem+json naming what is down' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `checks` says which' })
  @Answer(ReadinessAnswer)
  @Problems(503)
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
