import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const present = (_: object, v: unknown) => v !== undefined;

export class PostalAddressDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Dr. Rosa Ricercatrice', description: 'The person the parcel or invoice is for' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Length(1, 120)
  recipient?: string | null;

  @ApiProperty({ example: 'Politecnico di Milano, Dipartimento di Chimica' })
  @IsString()
  @Length(1, 160)
  organizationName!: string;

  @ApiProperty({ type: [String], example: ['Via Mancinelli 7', 'Building 6, Lab 2.14'], description: '1 to 3 lines: street, building, department' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  lines!: string[];

  @ApiProperty({ example: '20131' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$/, { message: 'postalCode must be 2 to 11 letters, digits, spaces or dashes' })
  postalCode!: string;

  @ApiProperty({ example: 'Milano' })
  @IsString()
  @Length(1, 80)
  city!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'MI' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Length(1, 80)
  region?: string | null;

  @ApiProperty({ example: 'IT', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as IT or DE' })
  country!: string;
}

export class CreateAddressDto extends PostalAddressDto {
  @ApiProperty({ example: 'Lab delivery', description: 'How the address book shows it' })
  @IsString()
  @Length(1, 60)
  label!: string;
}

export class UpdateAddressDto {
  @ApiPropertyOptional() @ValidateIf(present) @IsString() @Length(1, 60) label?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf((_o, v) => v !== undefined && v !== null) @IsString() @Length(1, 120) recipient?: string | null;
  @ApiPropertyOptional() @ValidateIf(present) @IsString() @Length(1, 160) organizationName?: string;
  @ApiPropertyOptional({ type: [String] }) @ValidateIf(present) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(3) @IsString({ each: true }) @Length(1, 120, { each: true }) lines?: string[];
  @ApiPropertyOptional() @ValidateIf(present) @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$/, { message: 'postalCode must be 2 to 11 letters, digits, spaces or dashes' }) postalCode?: string;
  @ApiPropertyOptional() @ValidateIf(present) @IsString() @Length(1, 80) city?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf((_o, v) => v !== undefined && v !== null) @IsString() @Length(1, 80) region?: string | null;
  @ApiPropertyOptional() @ValidateIf(present) @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as IT or DE' }) country?: string;
}

export class BillingSettingsDto {
  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true, description: 'The legal address invoices show' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @ValidateNested()
  @Type(() => PostalAddressDto)
  legalAddress?: PostalAddressDto | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'IT12345670017', description: 'EU VAT number: checked for format, check digits and country' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Length(4, 20)
  vatNumber?: string | null;

  @ApiPropertyOptional({ description: 'Buyers: a purchase-order number is required when paying by invoice' })
  @ValidateIf(present)
  @IsBoolean()
  requirePoForInvoice?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 120, description: 'Suppliers: invoices are due this many days after the invoice date (default 30)' })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  @Max(120)
  invoiceDueDays?: number;
}

export class AddCartLineDto {
  @ApiProperty()
  @IsUUID()
  offerId!: string;

  @ApiPropertyOptional({ description: 'An accepted quote of this offer: the line orders its quantity at its price (quantity is then ignored)' })
  @ValidateIf(present)
  @IsUUID()
  quoteId?: string;

  @ApiProperty({ example: 2, description: 'Packs' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity!: number;
}

export class UpdateCartLineDto {
  @ApiProperty({ example: 3, description: 'Packs' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity!: number;
}

export class CheckoutDto {
  @ApiProperty({ description: 'An address of the organization address book' })
  @IsString()
  @Length(1, 100)
  shipToAddressId!: string;

  @ApiProperty({ description: 'An address of the organization address book' })
  @IsString()
  @Length(1, 100)
  billToAddressId!: string;

  @ApiProperty({ enum: ['invoice', 'card'], description: "invoice: against a purchase order, due in the supplier's terms; card: pay now (Stripe)" })
  @IsIn(['invoice', 'card'])
  paymentMethod!: 'invoice' | 'card';

  @ApiPropertyOptional({ example: 'PO-2026-0142', description: 'Required for invoice payment when the organization says so' })
  @ValidateIf(present)
  @IsString()
  @Length(1, 40)
  poNumber?: string;

  @ApiPropertyOptional({ example: 'IT12345670017', description: "The buyer's EU VAT number (default: the organization's); decides reverse charge" })
  @ValidateIf(present)
  @IsString()
  @Length(4, 20)
  buyerVatNumber?: string;
}

export class ExpectedTotalDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  supplierOrgId!: string;

  @ApiProperty({ description: 'The gross total of this supplier order the buyer reviewed, in minor units' })
  @IsInt()
  @Min(0)
  grossMinor!: number;
}

export class ConfirmCheckoutDto extends CheckoutDto {
  @ApiProperty({ type: [ExpectedTotalDto], description: 'The totals of the preview the buyer confirmed: a change since then is reported (409), never applied silently' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ExpectedTotalDto)
  expectedTotals!: ExpectedTotalDto[];
}
