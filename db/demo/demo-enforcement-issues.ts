import type { Rows } from './demo-meeting-plan'
import { fromDay } from './demo-phases'
import type { Prng } from './prng'

/**
 * Handhavingsknelpunten as the Stuurgroep designates them: places and
 * phenomena, never people or businesses. Per district code; REG holds the
 * regional ones. A district code the reference data does not hold gets the
 * generic list.
 */
const NAMES: Record<string, readonly string[]> = {
  ABC: [
    'Bedrijventerrein Binckhorst',
    'Malafide winkelstraten in het centrum',
    'Shishalounges en nachthoreca',
    'Huisvesting van arbeidsmigranten',
    'Woonfraude en illegale kamerverhuur',
  ],
  D: [
    'Glastuinbouw en arbeidsmigratie in het Westland',
    'Bedrijventerrein Harnaschpolder',
    'Synthetische drugs in loodsen en kassen',
    'Malafide autobedrijven',
  ],
  E: [
    'Bedrijventerrein Oosterheem',
    'Vakantieparken en recreatiewoningen',
    'Synthetische drugs in het buitengebied',
    'Malafide bedrijfsverzamelgebouwen',
  ],
  F: [
    'Vakantieparken in de Duin- en Bollenstreek',
    'Jachthavens en de Kagerplassen',
    'Bedrijventerrein Roomburg',
    'Huisvesting van arbeidsmigranten in de bollenteelt',
  ],
  G: [
    'Synthetische drugs in het buitengebied',
    'Agrarische schuren en leegstaand vastgoed',
    'Bedrijventerreinen langs de A12',
    'Vakantieparken in het Groene Hart',
  ],
  REG: [
    'Drugsafval in het buitengebied',
    'Misbruik van de haven van Scheveningen',
    'Ondermijning in de vastgoedsector',
  ],
}
const GENERIC = ['Bedrijventerreinen', 'Synthetische drugs', 'Vakantieparken', 'Malafide bedrijvigheid']

export interface DemoDistrict {
  id: string
  code: string
}

/**
 * Three to five HHKs per district and a few regional ones, designated over
 * the ten years: most got a plan of approach at an OMT within months, older
 * ones are often finished, recent ones may still wait for their plan.
 */
export function demoEnforcementIssues(
  rng: Prng,
  districts: readonly DemoDistrict[],
  startDay: number,
  endDay: number,
): Rows<'enforcement_issue'> {
  const rows: Rows<'enforcement_issue'> = []
  const scopes = [...districts.map((district) => ({ id: district.id, code: district.code })), { id: null, code: 'REG' }]
  for (const scope of scopes) {
    const pool = rng.shuffle([...(NAMES[scope.code] ?? GENERIC)])
    const count = Math.min(pool.length, scope.id === null ? rng.int(2, 3) : rng.int(3, 5))
    for (const name of pool.slice(0, count)) {
      // Designations lean to recent years, when the Stuurgroep began to name HHKs per district.
      const designatedDay = startDay + Math.floor(Math.sqrt(rng.next()) * (endDay - startDay - 30))
      const planDay = designatedDay + rng.int(30, 240)
      const hasPlan = planDay <= endDay && rng.chance(0.85)
      const finishDay = planDay + rng.int(365, 1100)
      const finished = hasPlan && finishDay <= endDay && rng.chance(0.7)
      const stamp = `${fromDay(designatedDay)}T10:00:00.000Z`
      rows.push({
        id: rng.uuid(),
        district_id: scope.id,
        name,
        designated_on: fromDay(designatedDay),
        plan_adopted_on: hasPlan ? fromDay(planDay) : null,
        finished_on: finished ? fromDay(finishDay) : null,
        created_at: stamp,
        updated_at: `${fromDay(finished ? finishDay : hasPlan ? planDay : designatedDay)}T10:00:00.000Z`,
      })
    }
  }
  return rows
}
