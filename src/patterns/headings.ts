/**
 * Section-heading vocabulary in English, German, French, Spanish, Portuguese and Russian,
 * mapped to the kind of section it opens. One table, checked in order: the first kind whose
 * pattern matches wins, so more specific kinds stand first ("Preferred Qualifications" is
 * preferred, not qualifications; "Technical Skills Required" is skills, "Required Skills &
 * Experience" is qualifications).
 */
import type { SectionKind } from '../schema/record.js';

const APOS = "['’]";

/** [kind, pattern]; patterns are tested against the heading folded to lower case. */
export const HEADING_KINDS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['preferred', new RegExp(
    String.raw`\bpreferred\b|nice[- ]?to[- ]?haves?|good[- ]to[- ]have|bonus|\ba plus\b|it would be (great|nice)|would be (great|nice)|pluspunkte|von vorteil|wünschenswert|\batouts?\b|serait un plus|deseables?|se valora(rá)?|valorables?|desejáve(l|is)|diferenciais|плюсом`, 'u')],
  ['qualifications', new RegExp(
    String.raw`qualifications?|requirements?|required skills|skills (&|and) (experience|qualifications)|experience (&|and) skills|what we${APOS}?re looking for|we are looking for|looking for in you|who you are|about you\b|you (have|bring|are)\b|what you (will )?bring|you${APOS}ll (likely )?bring|what you need|must[- ]?haves?|\bprofile?\b|\bprofil\b|anforderungen|was du mitbringst|das bringst du mit|voraussetzungen|compétences|exigences|\bvotre profil|profil recherché|évaluerons|evaluate you|assess you|requisitos|qué necesitas|necesitamos|buscamos en ti|perfil|requisitos|o que (você precisa|buscamos)|требования|обязательно|desired skills|education|conditions? requises?`, 'u')],
  ['skills', new RegExp(String.raw`\bskills?\b|technolog(y|ies)|tech stack|\bstack\b|\btools\b|kenntnisse|compétences techniques|habilidades|навыки`, 'u')],
  ['responsibilities', new RegExp(
    String.raw`respons[a-z]*b|\bduties\b|\btasks?\b|what you${APOS}?ll (do|work on|be doing)|what you will (do|be doing|work on)|you${APOS}?ll work on|you will work on|your (mission|role|impact|day)|day[- ]to[- ]day|in this role|make an impact|this position is for|the job involves|the work|aufgaben|deine rolle|ihre rolle|vos missions|\bmissions?\b|vos tâches|tâches|responsabilit|funciones|tareas|qué hará|obligaciones|atribuições|cuidará|responsabilidades|обязанности`, 'u')],
  ['benefits', new RegExp(
    String.raw`benefits?|\bperks\b|what we offer|we offer|our offer|what${APOS}?s on offer|what${APOS}?s in it for you|why (join|work)|you${APOS}ll (also )?(enjoy|get)|what you${APOS}ll get|unser angebot|wir bieten|was wir bieten|avantages|ce que nous (offrons|proposons)|nous offrons|nous proposons|beneficios|ofrecemos|o que oferecemos|oferecemos|benefícios|предлагаем|условия`, 'u')],
  ['compensation', new RegExp(String.raw`salary|compensation|\bpay\b|remuneration|rémunération|gehalt|vergütung|salario|salário|remuneração|зарплата`, 'u')],
  ['application', new RegExp(
    String.raw`how to apply|to apply|apply now|application|\bapply\b|recruitment process|hiring process|interview process|selection process|next steps|contact us|contact|bewerbung|bewerben|candidater|postuler|candidature|cómo postular|postula|processo de seleção|candidatura|как откликнуться`, 'u')],
  ['company', new RegExp(
    String.raw`^about (us|the company|the team|the organi[sz]ation)\b|^about (?!you\b|the role|the job|the position|this role|this job)\S|who we are|company (overview|information|description)|our (company|story|mission|team|culture)|what we do|^the company|über uns|wer wir sind|qui sommes[- ]nous|l${APOS}entreprise|notre (entreprise|équipe)|sobre nosotros|quiénes somos|quem somos|sobre (a|nós)|o nás|о компании`, 'u')],
  ['overview', new RegExp(
    String.raw`overview|summary|^the role|about the (role|job|position|opportunity)|about this (role|job)|^the opportunity|job description|^description|^position|^role\b|contexte|descripción del puesto|sobre a vaga|background|context|^la mission|le poste|stellenbeschreibung`, 'u')],
  ['details', new RegExp(String.raw`details|logistics|conditions|condiciones|engagement|environment|environnement|informations|additional information|schedule|work(ing)? hours|location`, 'u')],
];

/**
 * The kind of section a heading opens, or null when the heading is not a known section name.
 * Only short headings are classified: a sentence that happens to contain "experience" is not a heading.
 */
export function classifyHeading(heading: string): SectionKind | null {
  const h = heading.toLowerCase().replace(/[*_#]/g, '').replace(/[\s:：?!.]+$/u, '').replace(/\s+/g, ' ').trim();
  if (!h || h.split(' ').length > 9) return null;
  for (const [kind, re] of HEADING_KINDS) if (re.test(h)) return kind;
  return null;
}

/**
 * A sentence that introduces the list after it ("The ideal candidate should have knowledge of:",
 * "You'll get experience working with:"), mapped to the kind of that list. Checked in order.
 */
export const LEAD_IN_KINDS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['preferred', /nice to have|a plus|bonus|preferred|ideally|von vorteil|un plus|deseable/u],
  ['benefits', /we offer|you('|’)?ll (also )?(get|enjoy|receive)[:：]$|you will (get|enjoy|receive)[:：]$|you('|’)?ll (also )?enjoy|benefits include|perks|wir bieten|nous offrons|ofrecemos|oferecemos/u],
  ['qualifications', /should have|must have|you (have|bring|need)|knowledge of|ideal candidate|looking for|requirements?|qualifications?|we expect|you are (a|an|someone|comfortable|familiar|able)|profil|anforderungen|requisitos|necesitas|требования/u],
  ['responsibilities', /you('|’)?ll (be )?(do|doing|work on|be responsible|own|lead|build)|you will( be)?( do| doing| work on| be responsible| own| lead| build|:)|your (responsibilities|duties|tasks)|responsibilities (will )?include|duties include|day[- ]to[- ]day|aufgaben|vous (allez|devrez)|tâches|funciones|tareas|обязанности/u],
];

/** The kind of list a lead-in (a paragraph whose last sentence ends in a colon) announces, or null. */
export function classifyLeadIn(paragraph: string): SectionKind | null {
  const p = paragraph.toLowerCase().trim();
  if (!/[:：]$/.test(p)) return null;
  const s = p.split(/(?<=[.!?])\s+/).pop() ?? p;
  for (const [kind, re] of LEAD_IN_KINDS) if (re.test(s)) return kind;
  return null;
}
