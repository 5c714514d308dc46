// Prices are game design, not facts (isSamplePrice stays true until an admin sets real ones).
// Under the default rules (3 crews, budget 100, at most 2 per team, at least 1 Defender) the three
// Defender crews cost 108, so nobody can simply buy the favourites.
const SAMPLE_PRICES: Readonly<Record<string, number>> = {
  "Stéphane Peterhansel": 38,
  "Rokas Baciuška": 36,
  "Sara Price": 34,
  "Ronald Basso": 24,
  "Akira Miura": 20,
  "Peter Hamza": 12,
};

export function samplePrice(driver: string): number {
  const price = SAMPLE_PRICES[driver];
  if (price === undefined) throw new Error(`No sample price for ${driver}`);
  return price;
}
