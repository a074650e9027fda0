import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { API_KEY_SCOPES, ApiKeyScope } from './api-keys/api-key.schema';
import { MAX_PASSWORD_LENGTH } from './auth/passwords';
import { MEMBER_ROLES, MemberRole, ORGANIZATION_KINDS, OrganizationKind } from './organizations/organization.schema';
import { GLOBAL_ROLES, GlobalRole } from './users/user.schema';

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

export class EmailDto {
  @ApiProperty({ example: 'rosa@polimi.example' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;
}

export class NewOrganizationDto {
  @ApiProperty({ example: 'Politecnico Biomaterials Lab' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  @ApiProperty({ example: 'IT', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  country!: string;
}

export class RegisterDto extends EmailDto {
  @ApiProperty({ minLength: 12, description: 'At least 12 characters; common and breached passwords are refused' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Rosa Bianchi' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: NewOrganizationDto, description: 'Creates this organization with you as its owner' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewOrganizationDto)
  organization?: NewOrganizationDto;
}

export class LoginDto extends EmailDto {
  @ApiProperty()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password!: string;
}

export class TokenDto {
  @ApiProperty({ description: 'The token from the mail' })
  @IsString()
  @Length(16, 200)
  token!: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @Length(16, 200)
  refreshToken!: string;
}

export class UpdateMeDto {
  // Absent: unchanged. Unlike @IsOptional, null is not let through: a name cannot be removed.
  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: '0000-0002-1825-0097', nullable: true, description: 'null removes it' })
  @IsOptional()
  @Matches(ORCID, { message: 'must be an ORCID iD like 0000-0002-1825-0097' })
  orcid?: string | null;
}

export class InviteDto extends EmailDto {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role!: MemberRole;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'nightly export script' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes!: ApiKeyScope[];
}

export class SetRolesDto {
  @ApiProperty({ enum: GLOBAL_ROLES, isArray: true })
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(GLOBAL_ROLES, { each: true })
  roles!: GlobalRole[];
}

export class SetFlagDto {
  @ApiProperty()
  @IsBoolean()
  value!: boolean;
}
