import { Fragment } from 'react';

/**
 * Words taken from captured text (the words two cases share), each in its own <bdi>: a
 * right-to-left override a customer typed stays inside its word and never reorders the
 * list or Casebook's words around it (issue 9, hostile input). Titles, quotes, names and
 * handles get a <bdi> where they are written, for the same reason.
 */
export function WordList({ words }: { words: readonly string[] }) {
  return (
    <>
      {words.map((word, i) => (
        <Fragment key={`${i}:${word}`}>
          {i > 0 && ', '}
          <bdi>{word}</bdi>
        </Fragment>
      ))}
    </>
  );
}
