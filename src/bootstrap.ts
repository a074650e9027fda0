import { createApp } from './app.factory';
import { loadConfig } from './config/config.loader';
import { AppConfig } from './config/config.schema';

/** Boots the API with the given (or environment) configuration and starts listening. */
export async function bootstrap(config: AppConfig = loadConfig()) {
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
  return app;
}
