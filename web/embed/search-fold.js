// Search's Unicode fold (src/search/fold.h says it exactly; the bundle tool and the desktop do the same with ICU):
// NFKD, nonspacing marks removed, lower case (root locale), NFKC, apostrophes removed, every other punctuation,
// symbol, separator or control character one space. Both the viewer (highlighting, Module.folioFold) and the search
// module (queries) call this one function, so a query is folded exactly as its highlights are.
const MARKS = /\p{Mn}/gu;
const APOSTROPHES = /['\u2019\u02BC]/g;
const SPACES = /[\p{P}\p{S}\p{Z}\p{C}]/gu;

export function searchFold(text) {
  return String(text).normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKC')
    .replace(APOSTROPHES, '').replace(SPACES, ' ');
}
