import { z } from '../zod';
import { ClassifySettingsSchema } from './classify-settings';
import { WatchListSchema } from './watch-list-schema';

/**
 * The team's listening settings (issue 11, point 1): the watch list and the classifier's
 * tuning, stored in the settings record. Each part has its defaults, so a record saved
 * before a part (or a field of it) existed still reads.
 */
export const ListeningSettingsSchema = z.object({
  watchList: WatchListSchema.default(() => WatchListSchema.parse({})),
  classifier: ClassifySettingsSchema.default(() => ClassifySettingsSchema.parse({})),
});
export type ListeningSettings = z.infer<typeof ListeningSettingsSchema>;

export const defaultListeningSettings = (): ListeningSettings => ListeningSettingsSchema.parse({});
