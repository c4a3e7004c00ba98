/**
 * English given names overseas Vietnamese take (in search form): "Linda Nguyen" may be the Nguyễn
 * Thị Lan of a relatives' list, though nothing in the names says so — only a shared phone, email
 * or document can (see compareNames).
 */
export const ENGLISH_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'alex alice amy andrew andy angela anna annie anthony ben benjamin betty brian cathy charles charlie ' +
    'christina christine cindy daniel danny david dennis diana diane elizabeth emily emma eric frank grace ' +
    'helen henry jack james jane jason jennifer jenny jessica jimmy joe john johnny joseph julie justin karen ' +
    'kathy kathleen kelly ken kenny kevin larry laura lily linda lisa lucy maria mary michael michelle nancy ' +
    'nina patrick paul peter richard robert rose ryan sam sandy sarah sophia sophie stephanie steven susan ' +
    'thomas tiffany tim tina tommy tony tracy victoria vincent vivian william'
  ).split(' '),
);
