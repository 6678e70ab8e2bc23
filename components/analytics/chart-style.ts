// Drawing choices the charts and their legends share, so that a swatch looks like its series.

/** How strongly a band (the forecast's interval) is shaded in its series' colour. */
export const BAND_ALPHA = 0.18;

/** Lines also differ by dash, for readers who cannot tell the colours apart. */
export const LINE_DASHES = ['', '6 3', '2 3', '10 3 2 3', '4 4 1 4', '1 2'] as const;
