import { Body, Controller, Get, Module, Post, Query, Req } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import type { RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { Public } from '../../src/accounts/auth/auth.decorators';

class AddressDto {
  @IsString()
  city!: string;
}

class ProbeBodyDto {
  @IsString()
  name!: string;

  @IsEmail()
  email!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  quantity!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;
}

class ProbeQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;
}

/** Probe routes mounted only in tests, to exercise the global pipe, filter and raw-body handling. */
@Controller('__probe')
@Public()
class ProbeController {
  @Post('validate')
  validate(@Body() body: ProbeBodyDto) {
    return body;
  }

  @Get('query')
  query(@Query() query: ProbeQueryDto) {
    return query;
  }

  @Get('crash')
  crash(): never {
    throw new Error('database password is hunter2 (internal detail that must not leak)');
  }

  @Post('raw')
  raw(@Req() req: RawBodyRequest<FastifyRequest>) {
    const raw = req.rawBody;
    return { length: raw?.length ?? -1, sha256: raw ? createHash('sha256').update(raw).digest('hex') : null };
  }
}

/** A route that forgot to declare who may use it: the global guard must refuse it (deny by default). */
@Controller('__probe-undeclared')
class UndeclaredController {
  @Get()
  open() {
    return { leaked: true };
  }
}

@Module({ controllers: [ProbeController, UndeclaredController] })
export class ProbeModule {}
