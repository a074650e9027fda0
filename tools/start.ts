/**
 * `npm start`: starts the local servers the environment does not provide, then the API, and stops
 * every child on exit, Ctrl-C or SIGTERM (and, through PDEATHSIG, if this process is killed).
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, loadConfig } from '../src/config/config.loader';
import { bootstrap } from '../src/bootstrap';
import { LocalServices, PrerequisiteError, startLocalServices } from './services';
import { seedDemoAccounts } from '../src/accounts/demo-accounts';
import { OrganizationsService } from '../src/accounts/organizations/organizations.service';
import { UsersService } from '../src/accounts/users/users.service';
import { MaterialsService } from '../src/catalogue/materials.service';
import { AuthService } from '../src/accounts/auth/auth.service';
import { seedDemoMarketplace } from '../src/marketplace/demo-marketplace';
import { seedDemoOrders } from '../src/checkout/demo-orders';
import { AddressBookService } from '../src/checkout/address-book.service';
import { CartService } from '../src/checkout/cart.service';
import { CheckoutService } from '../src/checkout/checkout.service';
import { OrdersService } from '../src/marketplace/orders/orders.service';
import { OffersService } from '../src/marketplace/offers/offers.service';
import { QuotesService } from '../src/marketplace/quotes/quotes.service';
import { SeedService, seedDir } from '../src/seed/seed.service';
import { dataDir, forgetRunningServices, recordRunningServices } from './cli-context';

let services: LocalServices | undefined;
let app: NestFastifyApplication | undefined;
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    await app?.close().catch(() => undefined);
    await services?.stop();
    forgetRunningServices();
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const began = Date.now();
  process.env.NODE_ENV ||= 'development';
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('uncaughtException', (err) => {
    console.error('fatal:', err);
    void shutdown(1);
  });

  services = await startLocalServices({ dataDir: dataDir() });
  Object.assign(process.env, services.env);
  const config = loadConfig();
  app = await bootstrap(config);
  recordRunningServices(services.env);
  if (config.env !== 'production') {
    const created = await seedDemoAccounts(seedDir(), config, app.get(UsersService), app.get(OrganizationsService));
    if (created) console.error(`Created ${created} demo accounts (seed/demo/accounts.json; development only)`);
  }
  const seeder = app.get(SeedService);
  if ((await app.get(MaterialsService).countListed()) === 0) {
    console.error('Empty database: loading the demo catalogue (npm run seed does the same)...');
    await seeder.run((m) => console.error(`[seed] ${m}`));
  }
  // After the catalogue: demo offers point at published materials (and need the demo accounts).
  if (config.env !== 'production') {
    const market = await seedDemoMarketplace(seedDir(), config, app.get(OffersService), app.get(QuotesService), app.get(AuthService));
    if (market.offersCreated || market.quoteRequestsCreated) console.error(`Created ${market.offersCreated} demo offers and ${market.quoteRequestsCreated} quote requests (seed/demo/offers.json; development only)`);
    if (market.errors.length) console.error(`[demo marketplace] ${market.errors.length} skipped:\n${market.errors.slice(0, 5).map((e) => `  ${e}`).join('\n')}${market.errors.length > 5 ? `\n  ...and ${market.errors.length - 5} more` : ''}`);
    const orders = await seedDemoOrders(seedDir(), config, {
      auth: app.get(AuthService),
      book: app.get(AddressBookService),
      carts: app.get(CartService),
      checkout: app.get(CheckoutService),
      orders: app.get(OrdersService),
      offers: app.get(OffersService),
    });
    if (orders.ordersPlaced) console.error(`Placed ${orders.ordersPlaced} demo orders through checkout (seed/demo/orders.json; development only)`);
    if (orders.errors.length) console.error(`[demo orders] ${orders.errors.join('; ')}`);
  }
  const url = `http://localhost:${config.http.port}`;
  console.error(
    [
      `Biomat Hub is up in ${((Date.now() - began) / 1000).toFixed(1)} s`,
      `  API:   ${url}/api/v1`,
      `  docs:  ${url}/docs`,
      `  ready: ${url}/health/ready`,
      ...services.describe().map((l) => `  ${l}`),
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
}

main().catch(async (err: unknown) => {
  if (shuttingDown) return; // Ctrl-C during start-up (e.g. while seeding): shutdown() exits
  if (err instanceof PrerequisiteError || err instanceof ConfigError) console.error(err.message);
  else console.error('Biomat Hub failed to start:', err);
  await shutdown(1);
});
