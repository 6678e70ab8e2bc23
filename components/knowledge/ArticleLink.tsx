/** An article's title, as a link to it when it has a web address (opens in a new tab). */
export function ArticleLink({ title, url }: { title: string; url: string | null }) {
  // The schema only stores http(s) URLs; checked again here, as for every link we render.
  return url && /^https?:\/\//i.test(url) ? (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}

export function DraftBadge() {
  return <span className="badge draft">Draft</span>;
}
