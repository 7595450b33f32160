// `npm run readability`: the Flesch-Kincaid grade of every English tip, guide, contact and key
// date, and the average. We aim for grade 7 or below (reading age about 11 to 12).
import { readFileSync } from 'node:fs';
import readability from 'text-readability';

const en = JSON.parse(readFileSync('public/content/en.json', 'utf8'));

/** Every string in an item, as one text with each part ending a sentence. */
function textOf(item) {
  const parts = [];
  const walk = (value) => {
    if (typeof value === 'string') parts.push(/[.!?:]$/.test(value.trim()) ? value : `${value}.`);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(item);
  return parts.join(' ');
}

const rows = [];
for (const kind of ['tips', 'guides', 'contacts', 'timeline']) {
  for (const [id, item] of Object.entries(en[kind])) {
    rows.push({ item: `${kind}/${id}`, grade: readability.fleschKincaidGrade(textOf(item)) });
  }
}
const width = Math.max(...rows.map((r) => r.item.length));
for (const { item, grade } of rows) {
  console.log(`${item.padEnd(width)}  grade ${grade.toFixed(1)}${grade > 7 ? '  (above 7)' : ''}`);
}
const average = rows.reduce((sum, r) => sum + r.grade, 0) / rows.length;
const above = rows.filter((r) => r.grade > 7).length;
console.log(
  `\n${rows.length} items, average Flesch-Kincaid grade ${average.toFixed(1)} (aim: 7 or below); ${above} above 7`,
);
