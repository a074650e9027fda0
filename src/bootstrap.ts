import { createApp } from './app.factory';
import { loadConfig } from './config/config.loader';
import { AppConfig } from './config/config.schema';

/** Boots the API with the given (or environment) configuration and starts listening. */
export async function bootstrap(config: AppConfig = loadConfig()) {
  const app = await createApp(config);
  // Exit with 0 after a clean shutdown (without this Nest re-raises the signal: status 143), and let pino flush.
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.listen(config.http.port, config.http.host);
  return app;
}
