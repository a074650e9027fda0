import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ProblemExceptionFilter } from './common/problem/problem.filter';
import { createValidationPipe } from './common/problem/validation';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/config.schema';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { AccountsModule } from './accounts/accounts.module';
import { GlobalAuthGuard } from './accounts/auth/auth.guard';
import { OidcModule } from './accounts/oidc/oidc.module';
import { NotificationsModule } from './notifications/notifications.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { CurationModule } from './curation/curation.module';
import { VocabularyModule } from './vocabulary/vocabulary.module';
import { SeedModule } from './seed/seed.module';
import { WebModule } from './web/web.module';
import { StripeModule } from './payments/stripe.provider';
import { PaymentsModule } from './payments/payments.module';
import { MeilisearchModule } from './search/meilisearch.provider';
import { SearchQueueModule } from './search/queue/search-queue.module';
import { SearchModule } from './search/search.module';
import { MarketplaceModule } from './marketplace/marketplace.module';
import { CheckoutModule } from './checkout/checkout.module';
import { LookupModule } from './literature/lookup/lookup.module';
import { LeasesModule } from './common/leases/leases.module';
import { AnnotationModule } from './annotation/annotation.module';
import { EvidenceModule } from './annotation/evidence/evidence.module';
import { LiteratureModule } from './literature/literature.module';
import { LiteratureSearchModule } from './literature/search/literature-search.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        MeilisearchModule,
        LeasesModule,
        SearchQueueModule,
        StripeModule,
        PaymentsModule,
        NotificationsModule,
        AccountsModule,
        OidcModule,
        HealthModule,
        VocabularyModule,
        CatalogueModule,
        CurationModule,
        MarketplaceModule,
        CheckoutModule,
        LookupModule,
        SearchModule,
        AnnotationModule,
        LiteratureModule,
        LiteratureSearchModule,
        EvidenceModule,
        SeedModule,
        WebModule,
        ...extraModules,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: GlobalAuthGuard },
      ],
    };
  }
}
