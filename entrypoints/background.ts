import { defineBackground } from '#imports';
import { startBackground } from '@/lib/background';

// Thin by design: WXT imports entrypoints at build time, so all work lives in lib/.
export default defineBackground(() => startBackground());
