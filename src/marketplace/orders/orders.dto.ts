import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { OrderAction } from './order.machine';
import { PaymentMethod } from './order.schema';

export class OrderLineDto {
  @ApiProperty()
  @IsUUID()
  offerId!: string;

  @ApiProperty({ example: 2, description: 'Packs' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;
}

export class CreateOrderDto {
  @ApiProperty({ type: [OrderLineDto], description: 'Active offers of one supplier' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  lines!: OrderLineDto[];

  @ApiProperty({ enum: ['card', 'invoice'], description: 'card: Stripe (card, SEPA); invoice: purchase order, the supplier marks it paid' })
  @IsIn(['card', 'invoice'])
  paymentMethod!: PaymentMethod;
}

export const ORDER_ACTIONS_BY_USERS: OrderAction[] = ['mark_paid', 'ship', 'deliver', 'cancel', 'refund'];

export class OrderTransitionDto {
  @ApiProperty({ enum: ORDER_ACTIONS_BY_USERS })
  @IsIn(ORDER_ACTIONS_BY_USERS)
  action!: OrderAction;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;

  @ApiPropertyOptional({ description: 'ship: the carrier (DHL, UPS, DB Schenker...)', example: 'DHL Express' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  carrier?: string;

  @ApiPropertyOptional({ description: "ship: the carrier's tracking number", example: '1234567890' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  trackingNumber?: string;

  @ApiPropertyOptional({ description: 'cancel: why (required once the order has a number)', example: 'Ordered the wrong grade' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}

export class OrderListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['buying', 'selling'], description: 'Orders your organization placed (default) or received' })
  @IsOptional()
  @IsIn(['buying', 'selling'])
  side?: 'buying' | 'selling';
}
