/** Production entry point: every service URL comes from the environment (see README, Configuration). */
import { bootstrap } from './bootstrap';
import { ConfigError } from './config/config.loader';

bootstrap().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('Biomat Hub failed to start:', err);
  process.exit(1);
});
