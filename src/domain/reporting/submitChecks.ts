/**
 * What a response still lacks before it can go upward: every figure the template asks for (0 is a
 * figure) and every text section, as field paths the form can point at.
 */
export function missingForSubmit(
  template: { figureKeys: readonly string[]; sections: readonly string[] },
  response: { figures: Partial<Record<string, number>>; sections: readonly string[] },
): string[] {
  const figures = template.figureKeys
    .filter((key) => typeof response.figures[key] !== 'number')
    .map((key) => `figures.${key}`);
  const sections = template.sections
    .map((_, i) => i)
    .filter((i) => !response.sections[i]?.trim())
    .map((i) => `sections.${i}`);
  return [...figures, ...sections];
}
