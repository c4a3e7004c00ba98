const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every string one edit away from a word (a letter deleted, inserted, replaced, or two neighbours
 * swapped): the spellings a one-letter typo can produce. The server keeps those that are real name
 * words, so "Bichh" finds "Bích" while "An" does not turn into "Bích".
 */
export function oneEditVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      variants.add(head + letter + tail);
      if (tail) variants.add(head + letter + tail.slice(1));
    }
  }
  variants.delete(word);
  variants.delete('');
  return [...variants];
}
