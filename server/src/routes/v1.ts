// What every plugin under the authenticated /v1 scope receives (the team routes here, the
// sync routes of issue 8's protocol later).
import type { Db } from '../db/db';

export interface V1PluginOptions {
  db: Db;
}
