import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';

@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        uri: config.mongodb.uri,
        serverSelectionTimeoutMS: config.mongodb.serverSelectionTimeoutMs,
        maxPoolSize: config.mongodb.maxPoolSize,
        // Fail fast instead of queueing operations while the server is unreachable.
        bufferCommands: false,
        autoIndex: true,
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
