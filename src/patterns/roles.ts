/**
 * Words that name a role, in several languages: a title ends in (or contains) one of them.
 * "Senior Cloud Consultant", "Clinical Research Coordinator", "Cajero asistente", "Développeur".
 */
const ROLE_WORDS = [
  'developer', 'developers', 'dev', 'engineer', 'engineers', 'manager', 'designer', 'analyst', 'scientist', 'consultant',
  'coordinator', 'specialist', 'architect', 'administrator', 'admin', 'intern', 'trainee', 'apprentice', 'assistant',
  'associate', 'director', 'lead', 'head', 'officer', 'executive', 'representative', 'rep', 'technician', 'instructor',
  'teacher', 'tutor', 'writer', 'editor', 'researcher', 'recruiter', 'accountant', 'nurse', 'cashier', 'clerk', 'agent',
  'advocate', 'programmer', 'tester', 'strategist', 'producer', 'marketer', 'operator', 'supervisor', 'owner', 'president',
  'vp', 'chef', 'cook', 'driver', 'mechanic', 'electrician', 'attendant', 'therapist', 'physician', 'pharmacist',
  'counselor', 'counsellor', 'advisor', 'adviser', 'auditor', 'controller', 'planner', 'buyer', 'receptionist', 'secretary',
  'steward', 'translator', 'photographer', 'illustrator', 'animator', 'artist', 'journalist', 'librarian', 'paralegal',
  'lawyer', 'attorney', 'scrum master', 'cto', 'ceo', 'cfo', 'coo', 'sre', 'devops', 'fellow', 'postdoc', 'professor',
  'lecturer', 'worker', 'staff', 'generalist', 'expert', 'guru', 'hacker', 'ninja', 'wizard', 'evangelist', 'maintainer',
  // other languages
  'entwickler', 'entwicklerin', 'berater', 'beraterin', 'ingenieur', 'ingenieurin', 'praktikant', 'praktikantin',
  'werkstudent', 'werkstudentin', 'leiter', 'leiterin', 'sachbearbeiter', 'referent', 'mitarbeiter', 'mitarbeiterin',
  'développeur', 'développeuse', 'developpeur', 'ingénieur', 'ingénieure', 'chargé', 'chargée', 'stagiaire', 'chef de projet',
  'responsable', 'conseiller', 'conseillère', 'technicien', 'gestionnaire', 'directeur', 'directrice', 'consultante',
  'desarrollador', 'desarrolladora', 'ingeniero', 'ingeniera', 'cajero', 'cajera', 'asistente', 'vendedor', 'vendedora',
  'gerente', 'jefe', 'analista', 'programador', 'programadora', 'técnico', 'tecnico', 'coordinador', 'coordinadora',
  'desenvolvedor', 'desenvolvedora', 'estagiário', 'estagiária', 'engenheiro', 'engenheira', 'analista',
  'разработчик', 'developer', 'менеджер', 'инженер', 'аналитик', 'дизайнер',
];

const ROLE_SET = new Set(ROLE_WORDS);

/** Role words long enough to end a compound: "copywriter", "Softwareentwickler", "dataengineer". */
const ROLE_SUFFIXES = ROLE_WORDS.filter((w) => w.length >= 6 && !w.includes(' '));

/** True when a word is a role word, its plural, or a compound ending in one ("copywriter"). */
function isRoleWord(w: string): boolean {
  if (ROLE_SET.has(w) || (w.endsWith('s') && ROLE_SET.has(w.slice(0, -1)))) return true;
  return w.length > 6 && ROLE_SUFFIXES.some((s) => w.endsWith(s) || w.endsWith(`${s}s`) || w.endsWith(`${s}in`));
}

/** Words that look like roles but name sections or teams: "The Role", "Key Responsibilities". */
const NOT_ROLES = new Set(['role', 'team', 'position', 'job']);

/** The words of a phrase, lower-cased, punctuation removed. */
function words(phrase: string): string[] {
  return phrase.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when a phrase contains a role word ("Senior Cloud Consultant", "cajero asistente integral"). */
export function hasRoleWord(phrase: string): boolean {
  const ws = words(phrase);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (NOT_ROLES.has(w)) continue;
    if (isRoleWord(w) || ROLE_SET.has(`${w} ${ws[i + 1] ?? ''}`) || ROLE_SET.has(`${w} ${ws[i + 1] ?? ''} ${ws[i + 2] ?? ''}`)) return true;
  }
  return false;
}

/** True when the last word of a phrase (before a parenthesis or level like "2", "II") is a role word. */
export function endsWithRoleWord(phrase: string): boolean {
  const ws = words(phrase).filter((w) => !/^(\d+|i{1,3}|iv|v|m|w|d|f|h)$/.test(w));
  const last = ws[ws.length - 1];
  if (!last) return false;
  return isRoleWord(last);
}
