import { Controller, OnModuleInit, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../accounts/auth/auth.decorators';
import { Principal } from '../accounts/auth/principal';
import { OrganizationsService } from '../accounts/organizations/organizations.service';
import { ProblemException } from '../common/problem/problem';
import { PaymentsService } from './payments.service';
import { Answer, Problems } from '../common/contract/contract';
import { PayoutOnboardingAnswer } from '../accounts/accounts.responses';

@ApiTags('payments')
@Controller('organizations/:id/payouts')
export class PayoutsController implements OnModuleInit {
  constructor(
    private readonly payments: PaymentsService,
    private readonly orgs: OrganizationsService,
  ) {}

  onModuleInit(): void {
    // Stripe tells us when a connected account can be paid out.
    this.payments.on('account.updated', async (event) => {
      const account = event.data.object as { id: string; payouts_enabled?: boolean; charges_enabled?: boolean };
      await this.orgs.setPayoutsEnabled(account.id, !!account.payouts_enabled && !!account.charges_enabled);
    });
  }

  @Post('onboarding')
  @RequirePermission('organizations:manage')
  @ApiOperation({ summary: "Start (or resume) Stripe Connect Express onboarding of your supplier organization: a link to Stripe's form" })
  @Answer(PayoutOnboardingAnswer)
  @Problems(409, 503)
  async onboard(@Param('id') id: string, @CurrentPrincipal() by: Principal): Promise<{ accountId: string; url: string }> {
    const org = await this.orgs.managedForPayouts(id, by);
    if (org.kind !== 'supplier') throw new ProblemException(409, { type: 'not-a-supplier', title: 'Not a supplier', detail: 'Only supplier organizations receive payouts.' });
    const link = await this.payments.onboard(org._id, org.stripeAccountId, org.country);
    if (!(await this.orgs.setStripeAccount(org._id, link.accountId))) throw new ProblemException(409, { type: 'concurrent-change', title: 'Changed meanwhile', detail: 'Try again.' });
    return link;
  }
}
