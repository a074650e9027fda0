import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { repositorySeedDir } from '../../seed/seed-dir';
import { loadHostPolicy } from './host-policy';
import { HostPolicy } from './reference-rules';

/** The host lists the reference rule applies (`seed/hosts/`, or `HOSTS_DIR`), loaded once. */
@Injectable()
export class ReferencePolicyService {
  readonly policy: HostPolicy = loadHostPolicy(process.env.HOSTS_DIR || join(repositorySeedDir(), 'hosts'));
}
