import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config.loader';
import { AppConfig } from './config/config.schema';

/** Boots the API with the given (or environment) configuration and starts listening. */
export async function bootstrap(config: AppConfig = loadConfig()) {
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.http.port, host: config.http.host });
  return app;
}

if (require.main === module) {
  bootstrap().catch((err: unknown) => {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error('Biomat Hub failed to start:', err);
    process.exit(1);
  });
}
