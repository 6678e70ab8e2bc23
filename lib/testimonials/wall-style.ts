/**
 * The wall of love's stylesheet, written inline into the one exported file. No web fonts,
 * no images, no url(): the file shows the same offline, in a CMS, or attached to a mail.
 * Light and dark follow the reader's system (prefers-color-scheme).
 */
export const WALL_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f6f4fb; --card: #ffffff; --fg: #1d1b26; --muted: #5d5a6b; --line: #e4e0f0;
  --accent: #6d4aff; --star: #f5a524; --warn-bg: #fff4d6; --warn-fg: #6b4700;
  --shadow: 0 1px 2px rgba(29, 27, 38, .06), 0 8px 24px rgba(29, 27, 38, .06);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121118; --card: #1d1b26; --fg: #f1eff8; --muted: #a9a5ba; --line: #2e2b3a;
    --accent: #a996ff; --star: #ffc14d; --warn-bg: #3a2e0c; --warn-fg: #ffe3a3;
    --shadow: 0 1px 2px rgba(0, 0, 0, .4);
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.wall-head { max-width: 72rem; margin: 0 auto; padding: 3rem 1.25rem 1.5rem; text-align: center; }
.wall-head h1 { margin: 0 0 .5rem; font-size: clamp(1.75rem, 4vw, 2.75rem); letter-spacing: -.02em; }
.scope { margin: 0; color: var(--muted); }
.warning {
  max-width: 48rem; margin: 1.25rem auto 0; padding: .75rem 1rem; border-radius: 10px;
  background: var(--warn-bg); color: var(--warn-fg); font-weight: 600;
}
.wall { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem 2rem; columns: 20rem; column-gap: 1.25rem; }
.card {
  break-inside: avoid; margin: 0 0 1.25rem; padding: 1.25rem 1.25rem 1rem;
  background: var(--card); border: 1px solid var(--line); border-radius: 14px; box-shadow: var(--shadow);
  overflow-wrap: anywhere;
}
.flag {
  display: inline-block; margin: 0 0 .5rem; padding: .1rem .5rem; border-radius: 999px;
  background: var(--warn-bg); color: var(--warn-fg); font-size: .8rem; font-weight: 600;
}
.flag::first-letter { text-transform: uppercase; }
.stars { margin: 0 0 .25rem; color: var(--star); letter-spacing: .1em; }
.stars .off { color: var(--line); }
blockquote { margin: 0; }
.quote { margin: 0; font-size: 1.05rem; white-space: pre-line; }
.quote::before { content: "\\201C"; color: var(--accent); font: 700 2rem/0 Georgia, serif; vertical-align: -.45em; margin-right: .15em; }
.who { display: flex; align-items: center; gap: .75rem; margin-top: 1rem; }
.avatar {
  flex: none; width: 2.5rem; height: 2.5rem; border-radius: 50%; display: grid; place-items: center;
  font-weight: 700; font-size: .9rem; color: #fff; background: var(--accent); object-fit: cover;
}
.c0 { background: #6d4aff; } .c1 { background: #0f8b8d; } .c2 { background: #d9480f; }
.c3 { background: #2b8a3e; } .c4 { background: #c2255c; } .c5 { background: #1971c2; }
.id { display: flex; flex-direction: column; min-width: 0; }
.name { font-weight: 650; }
.meta { color: var(--muted); font-size: .875rem; }
.source { display: inline-block; margin-top: .75rem; color: var(--accent); font-size: .875rem; text-decoration: none; }
.source:hover, .source:focus-visible { text-decoration: underline; }
.empty { text-align: center; color: var(--muted); }
.made { padding: 1rem 1.25rem 2.5rem; text-align: center; color: var(--muted); font-size: .875rem; }
`;
