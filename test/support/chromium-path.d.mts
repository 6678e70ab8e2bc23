export declare const CHROMIUM_CANDIDATES: readonly string[];
export declare const CHROMIUM_HELP: string;
/** The first usable Chromium: $CHROMIUM_PATH if set, else the usual install paths; or null. */
export declare function findChromium(): string | null;
/** Like findChromium, but throws a message that says how to get Chromium. */
export declare function chromiumPath(): string;
