import { genderVariants, masculineToken, titleTokens, wordRoot } from './text';
import { relatedDivisions, supportFunction } from './related-divisions';
import { readService, SERVICE_DOMAINS } from './service-reading';
import { bestPerOccupation, serviceInSkills, type SkillReader } from './service-skills';
import type { TitleMatch } from './title-matcher';

/** The words of a production job's title ("Opérateur de production", "Agent de fabrication"). */
const PRODUCTION_WORDS: readonly string[] =
  SERVICE_DOMAINS.find((d) => d.reads === 'production')?.titleWords ?? [];

/**
 * When a former job title is sure enough to give the person an occupation code without asking:
 * the best occupation scores at least `threshold` AND leads the next one by at least `margin`
 * (a generic "Électricien" is close to several ROME occupations at once: a coach picks).
 * Chosen on the realistic HR cohort of `npm run eval:titles` (see docs/matching.md).
 */
export interface TitleResolutionPolicy {
  threshold: number;
  margin: number;
}

export const TITLE_RESOLUTION_POLICY: TitleResolutionPolicy = { threshold: 0.85, margin: 0.04 };

/** How many candidates a coach is offered when the title is not sure enough. */
export const TITLE_CANDIDATES = 3;

/**
 * What an HR file and the programme give beside the title: the employer's (or site's) NAF code
 * and the file's service (department) column. They choose among a generic title's occupations.
 */
export interface TitleContext {
  /** The NAF code (APE) of the employer or site: "10.51C", "1051C", or its division "10". */
  nafCode?: string | null;
  /** The HR file's service or department column: "Maintenance", "Conditionnement". */
  service?: string | null;
}

/** How many occupations are read for a generic title when there is a context to choose with. */
export const CONTEXT_CANDIDATES = 30;

export type TitleResolution =
  | {
      outcome: 'automatic';
      romeCode: string;
      confidence: number;
      candidates: TitleMatch[];
      /** The title alone was not enough: the employer's sector and the service chose (`TitleContext`). */
      byContext?: true;
    }
  /** The coach confirms one of `candidates` (possibly none) or gives another ROME code. */
  | { outcome: 'to_confirm'; confidence: number; candidates: TitleMatch[] }
  /** No title to resolve. */
  | { outcome: 'none' };

/**
 * Words HR files add to a title that say nothing about the occupation: "(H/F)", a grade ("N2",
 * "niveau 3", "coef. 190", "échelon 2"), seniority ("confirmé", "senior", "junior"), a contract
 * ("CDI", "intérim"). Removed before matching so they do not dilute the title's own words.
 */
const word = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\d])(?:${body})(?![\\p{L}\\d])`, 'giu');
const NOISE = [
  /\(\s*[hf]\s*\/\s*[hf]\s*\)/giu,
  word('[hf]\\s*/\\s*[hf]'),
  word(
    '(?:niveau|niv\\.?|coef(?:ficient)?\\.?|[ée]chelon|[ée]ch\\.|position|pos\\.)\\s*[0-9]+(?:[.,][0-9]+)?',
  ),
  word('[np][0-9]'),
  word('confirm[ée]e?s?|s[ée]nior|junior|d[ée]butante?|exp[ée]riment[ée]e?|cdi|cdd|int[ée]rim(?:aire)?'),
  /\s+[IVX]{1,3}$/gu,
];

export function withoutHrNoise(title: string): string {
  let text = title;
  for (const pattern of NOISE) text = text.replace(pattern, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A former job title to a ROME code: automatic when the matcher is sure (policy), otherwise the
 * top candidates for the person's coach to confirm.
 */
export interface TitleResolver extends SkillReader {
  match(text: string, limit?: number): TitleMatch[];
  /** The title's words with typos corrected, so that "electricein" is as generic as "électricien". */
  correctedTokens?(text: string): string[];
  /** The NAF divisions ROME files an occupation under (`TitleMatcher.locate`). */
  sectorsOf?(romeCode: string): ReadonlySet<string>;
  /** A NAF division's label ("Industries alimentaires"), when known. */
  sectorLabel?(division: string): string | undefined;
  /** A NAF division's trade in ROME's words (`tradeWords`): "plastique", "caoutchouc" for 22. */
  tradeWords?(division: string): readonly string[];
  /** The words ROME's titles use of a word's family: "emboutir" for "emboutissage". */
  family?(word: string): string[];
}

export function resolveJobTitle(
  matcher: TitleResolver,
  title: string | null | undefined,
  policy: TitleResolutionPolicy = TITLE_RESOLUTION_POLICY,
  context: TitleContext = {},
): TitleResolution {
  const cleaned = title ? withoutHrNoise(title) : '';
  if (!cleaned) return { outcome: 'none' };
  const candidates = matcher.match(cleaned, TITLE_CANDIDATES);
  const [best, next] = candidates;
  if (!best) return { outcome: 'to_confirm', confidence: 0, candidates };
  const lead = best.confidence - (next?.confidence ?? 0);
  const words = matcher.correctedTokens?.(cleaned) ?? titleTokens(cleaned);
  if (best.confidence >= policy.threshold && lead >= policy.margin && !isGeneric(words, candidates)) {
    return { outcome: 'automatic', romeCode: best.romeCode, confidence: best.confidence, candidates };
  }
  return (
    resolveInContext(matcher, cleaned, words, policy, context) ?? {
      outcome: 'to_confirm',
      confidence: best.confidence,
      candidates,
    }
  );
}

/** The NAF division (two digits) of a NAF code, "10.51C" -> "10"; null when it is not one. */
export function nafDivision(code: string | null | undefined): string | null {
  const match = /^\s*(\d{2})(?:\.?\d{1,2}[A-Za-z]?)?\s*$/.exec(code ?? '');
  return match ? match[1] : null;
}

/** Manufacturing: NAF divisions 10 to 32. */
const manufacturing = (division: string): boolean => Number(division) >= 10 && Number(division) <= 32;

/**
 * An occupation ROME files only under manufacturing divisions other than the employer's is
 * another trade's ("Chef d'équipe de production de matériels électriques" for a plastics maker):
 * the service column does not bring it in.
 */
function ofAnotherTrade(sectors: ReadonlySet<string>, division: string): boolean {
  return sectors.size > 0 && [...sectors].every((other) => other !== division && manufacturing(other));
}

/**
 * A title the title alone cannot settle, read with its context. The occupations read are those a
 * query points to (`CONTEXT_CANDIDATES`) whose matching title holds every word of the title
 * ("Conducteur de ligne de conditionnement" for "Conducteur de ligne"); the first is given
 * automatically when it leads the next by the policy's margin and:
 *
 * 1. **the service**: query = the title and the service column. The first fits when ROME files it
 *    under the employer's NAF division, or when its matching title holds the service's words that
 *    the title lacks ("Électricien" in "Maintenance": "Électricien de maintenance") and it is not
 *    another trade's (`ofAnotherTrade`). When it fits by its division alone and the trade read (2)
 *    leads with another occupation of the division, the trade read's is given: its title names the
 *    trade;
 * 2. **the trade**: otherwise, query = the title, the service and the label of the employer's NAF
 *    division ("Industries alimentaires": "Opérateur de production" in a dairy reads "Opérateur de
 *    production en industrie alimentaire"). The first fits only when ROME files it under that
 *    division and its matching title holds the service's words the title lacks (a "Chef d'équipe"
 *    in "Logistique" is not the food industry's production team leader);
 * 3. **the support function** the service names (`SUPPORT_FUNCTIONS`, decision 0050): query = the
 *    title and ROME's words for the function in a factory ("maintenance industrielle", "logistique
 *    entrepôt"). The first fits when its title holds one of the function's words and ROME files it
 *    under the function's divisions (33; 52, 49, 46), the employer's or a related one. For a
 *    manufacturer (divisions 10-32) only;
 * 4. **the related divisions** (`RELATED_DIVISIONS`): read (1)'s occupations filed under the
 *    employer's division or a related one, for a title that is not a production job's and with a
 *    service; the first fits when it leads the next of them and holds the service's words the title
 *    lacks;
 * 5. **the service's word family** (decision 0054), for a manufacturer's specific service
 *    ("Emboutissage"): one read per word ROME's titles use of the service word's family (`wordRoot`:
 *    "emboutir" for "emboutissage"); the first fits when it scores the policy's threshold and leads
 *    the next of those filed under the employer's division or a related one whose title holds the
 *    family;
 * 6. **the trade's words** (decision 0054), for a production job ("Opérateur de production", "Agent
 *    de fabrication"): query = the title without its production words, the service and the words
 *    ROME's titles use for the employer's division (`tradeWords`, derived at catalogue load: "plastique
 *    caoutchouc matiere" for 22). The first fits when it scores the policy's threshold and leads,
 *    holds the title's other words and one trade word, and ROME files it under the division;
 * 7. **the service's work in ROME's skills** (decision 0057, `serviceInSkills`), for a production job
 *    whose service names a process no title of the division names but a related division's title
 *    of the same job does ("Usinage": "Opérateur de centre d'usinage", filed under 25 and 28 only):
 *    the first of the division's occupations reading the title (one read per trade word), when it
 *    is the only one whose specific skills hold the service's word and it scores the threshold.
 *
 * The service is read through `readService`: "Fabrication", "Atelier", "Usine", "Prod." are a
 * production department as "Production" is (`SERVICE_DOMAINS`), and a title of "fabrication" already
 * says "production". Otherwise the coach confirms, offered the occupations of the employer's
 * division first. Null when there is no context to read.
 */
function resolveInContext(
  matcher: TitleResolver,
  cleaned: string,
  words: readonly string[],
  policy: TitleResolutionPolicy,
  context: TitleContext,
): TitleResolution | null {
  const division = nafDivision(context.nafCode);
  // The service as the resolver reads it: "Fabrication", "Atelier", "Usine" as "Production" (SERVICE_DOMAINS).
  const { query: service, words: serviceGroups } = readService(
    context.service ? withoutHrNoise(context.service) : '',
  );
  if ((!division || !matcher.sectorsOf) && !service) return null;
  const typed = new Set(words.map(masculineToken));
  // What the service says that the title does not (a title of "fabrication" says "production").
  const serviceWords = serviceGroups
    .map((group) => group.map(masculineToken))
    .filter((group) => !group.some((word) => typed.has(word)));
  const titleWords = (match: TitleMatch) =>
    genderVariants(match.titleLabel).map((label) => titleTokens(label).map(masculineToken));
  const holds = (match: TitleMatch, wanted: readonly string[]) =>
    titleWords(match).some((label) => wanted.every((word) => label.includes(word)));
  const holdsService = (match: TitleMatch) =>
    titleWords(match).some((label) =>
      serviceWords.every((group) => group.some((word) => label.includes(word))),
    );
  const inDivision = (match: TitleMatch) =>
    division !== null && matcher.sectorsOf?.(match.romeCode).has(division) === true;
  const readings = (query: string) =>
    matcher.match(query, CONTEXT_CANDIDATES).filter((match) => holds(match, [...typed]));
  const leads = ([best, next]: TitleMatch[]) =>
    best !== undefined && best.confidence - (next?.confidence ?? 0) >= policy.margin;
  // The reads of decision 0054 drop words or read families: without the policy's threshold they
  // answered other trades wrongly ("Agent de maîtrise en industrie graphique" for a paper mill's
  // "Agent de fabrication"; docs/matching.md), so they must be as sure as the title alone.
  const sure = (readings: TitleMatch[]) => leads(readings) && readings[0].confidence >= policy.threshold;

  const filedUnder = (match: TitleMatch, divisions: readonly string[]) =>
    divisions.some((other) => matcher.sectorsOf?.(match.romeCode).has(other) === true);
  const chosen = (readings: TitleMatch[]): TitleResolution => ({
    outcome: 'automatic',
    romeCode: readings[0].romeCode,
    confidence: readings[0].confidence,
    candidates: readings.slice(0, TITLE_CANDIDATES),
    byContext: true,
  });

  // (1) the service and (2) the trade.
  const byService = readings([cleaned, service].filter(Boolean).join(' '));
  const serviceFits = (match: TitleMatch) =>
    inDivision(match) ||
    (serviceWords.length > 0 &&
      !(division !== null && ofAnotherTrade(matcher.sectorsOf?.(match.romeCode) ?? new Set(), division)) &&
      holdsService(match));
  const label = division ? matcher.sectorLabel?.(division) : undefined;
  // Read only when asked (once on either path): most titles settled by (1) need no second read.
  const tradeRead = () => (label ? readings([cleaned, service, label].filter(Boolean).join(' ')) : []);
  if (leads(byService) && serviceFits(byService[0])) {
    // Two occupations of the division, the service read's first there by its division alone: the
    // trade read's, whose title names the trade, is the one (a dairy's production "Chef d'équipe" is
    // "... en industrie alimentaire", H2506, not "... en industrie", H2504, filed under 10 too).
    const byDivisionAlone = inDivision(byService[0]) && !holdsService(byService[0]);
    if (byDivisionAlone) {
      const byTrade = tradeRead();
      if (leads(byTrade) && inDivision(byTrade[0]) && byTrade[0].romeCode !== byService[0].romeCode)
        return chosen(byTrade);
    }
    return chosen(byService);
  }
  const byTrade = tradeRead();
  if (leads(byTrade) && inDivision(byTrade[0]) && holdsService(byTrade[0])) return chosen(byTrade);

  // (3) the support function the service names (`SUPPORT_FUNCTIONS`), read in ROME's words for it in
  // a factory and where ROME files it: a "Technicien de maintenance" in "Maintenance" reads
  // "Technicien de maintenance industrielle", I1304, filed under 33.
  // Only a manufacturer's: a hospital's or a shop's maintenance is not industrial maintenance.
  const fn = division !== null && manufacturing(division) ? supportFunction(service) : undefined;
  const related = relatedDivisions(division);
  const holdsFunction = (match: TitleMatch) =>
    fn !== undefined &&
    titleWords(match).some((label) => fn.titleWords.some((word) => label.includes(masculineToken(word))));
  const byFunction = fn ? readings(`${cleaned} ${fn.reads}`) : [];
  if (
    fn &&
    leads(byFunction) &&
    holdsFunction(byFunction[0]) &&
    (inDivision(byFunction[0]) || filedUnder(byFunction[0], [...fn.divisions, ...related]))
  )
    return chosen(byFunction);

  // (4) the service read among the occupations of the employer's division and its related ones
  // (`RELATED_DIVISIONS`), for a title that is not a production job (those are the site's own trade):
  // a car-parts maker's "Contrôleur qualité" is "... qualité en mécanique et travail des métaux", 25.
  // With a service only: without one, a related division's first ("Chef d'équipe de maintenance
  // industrielle", filed under 28) says nothing about a car-parts maker's "Chef d'équipe".
  if (division && service && !PRODUCTION_WORDS.some((word) => typed.has(word))) {
    const near = byService.filter((match) => inDivision(match) || filedUnder(match, related));
    if (leads(near) && (serviceWords.length === 0 || holdsService(near[0]))) return chosen(near);
  }

  // (5) the service's word by family: read with each word ROME's titles use of its family, among the
  // occupations filed under the employer's division or a related one whose title holds one of them.
  // A car-parts "Conducteur de ligne" in "Emboutissage" reads "... de ligne de presse à emboutir"
  // (H2905, under 25). Like (6), given only when as sure as the title alone (`sure`).
  const specific = serviceWords.filter((group) => !group.some((word) => PRODUCTION_WORDS.includes(word)));
  const manufacturer = division !== null && manufacturing(division) && fn === undefined;
  // The title itself must say the family: an occupation whose skills alone name the service's work
  // (H2906's "Opération automatisée d'usinage") answered other trades wrongly (docs/matching.md).
  const holdsFamily = (match: TitleMatch) =>
    specific.every((group) =>
      group.some((word) =>
        titleWords(match).some((label) => label.some((held) => wordRoot(held) === wordRoot(word))),
      ),
    );
  // One read per word of the family (in the masculine), each in place of the service's word: with all
  // of them at once "Emboutisseur" alone would be the occupation's best title.
  const familyWords =
    manufacturer && specific.length === 1 && matcher.family
      ? [...new Set(specific[0].flatMap((word) => matcher.family?.(word) ?? []).map(masculineToken))]
      : [];
  const byFamily = bestPerOccupation(
    familyWords.flatMap((word) =>
      readings(`${cleaned} ${word}`).filter(
        (match) => (inDivision(match) || filedUnder(match, related)) && holdsFamily(match),
      ),
    ),
  );
  if (sure(byFamily)) return chosen(byFamily);

  // (6) the trade's words (`tradeWords`, derived from ROME's titles per division) for a production
  // job: query = the title without its production words, the service and the trade words ("Opérateur
  // production plastique caoutchouc matiere" in a plastics plant: "Opérateur sur presse à caoutchouc
  // et matières plastiques", H3201, where no plastics title holds "production"). The first fits when
  // its title holds the title's other words and one of the trade words, ROME files it under the
  // employer's division, and it is sure.
  const production = PRODUCTION_WORDS.filter((word) => typed.has(word));
  const trade = manufacturer && division ? (matcher.tradeWords?.(division) ?? []) : [];
  const rest = [...typed].filter((word) => !production.includes(word));
  const holdsTrade = (match: TitleMatch) =>
    titleWords(match).some((label) => trade.some((word) => label.includes(masculineToken(word))));
  const byTradeWords =
    production.length > 0 && rest.length > 0 && trade.length > 0
      ? matcher
          .match([...rest, service, ...trade].filter(Boolean).join(' '), CONTEXT_CANDIDATES)
          .filter(
            (match) =>
              holds(match, rest) &&
              inDivision(match) &&
              holdsTrade(match) &&
              (specific.length === 0 || holdsService(match)),
          )
      : [];
  if (sure(byTradeWords)) return chosen(byTradeWords);

  // (7) the service's work in ROME's skills (`serviceInSkills`, decision 0057), for a production job
  // whose service names a process no title of the division names: a car-parts "Opérateur de
  // production" in "Usinage" is H2906, whose skills say "Opération automatisée d'usinage".
  const bySkills =
    production.length > 0 && specific.length === 1 && manufacturer && division
      ? serviceInSkills(matcher, {
          title: cleaned,
          head: words[0],
          serviceWords: specific[0],
          division,
          related,
          trade,
          readings,
        })
      : { read: [], named: [] };
  if (sure(bySkills.named)) return chosen(bySkills.named);

  const read = [...byService, ...byTrade, ...byFunction, ...byFamily, ...byTradeWords, ...bySkills.read];
  if (read.length === 0) return null;
  const offered = [...new Map([...read.filter(inDivision), ...read].map((m) => [m.romeCode, m])).values()];
  return {
    outcome: 'to_confirm',
    confidence: Math.max(...read.map((match) => match.confidence)),
    candidates: offered.slice(0, TITLE_CANDIDATES),
  };
}

/**
 * A title is generic when the best occupation and another of the candidates each have a title
 * holding all its words and more ("Contrôleur qualité": "Contrôleur qualité en électronique", "...
 * en industrie graphique"), and the best's is not the title itself: the words typed say nothing
 * about which one it is. The other may be third: a "Responsable contrôle qualité" second does not
 * make "Contrôleuse qualité" specific.
 */
function isGeneric(words: readonly string[], [best, ...others]: readonly TitleMatch[]): boolean {
  if (!best || others.length === 0) return false;
  const typed = new Set(words);
  const readings = (match: TitleMatch) =>
    genderVariants(match.titleLabel).map((label) => new Set(titleTokens(label)));
  const holdsAll = (words: Set<string>) => [...typed].every((word) => words.has(word));
  const bestReadings = readings(best);
  if (bestReadings.some((words) => words.size === typed.size && holdsAll(words))) return false;
  return bestReadings.some(holdsAll) && others.some((other) => readings(other).some(holdsAll));
}
