import type { CDPSession, Page } from 'playwright-core'
import { todayIso } from '../../../shared/domain/iso-date'
import { TafelwerkApp } from '../../e2e/harness/tafelwerk-app'

export interface MemorySample {
  actions: number
  used_mb: number
  total_mb: number
  dom_nodes: number
  js_event_listeners: number
  documents: number
}

export interface MeetingMemory {
  samples: MemorySample[]
  actions: number
  /** How long each action took, from the script's step to the app's answer on screen. */
  action_ms: number[]
  items: number
  decisions: number
  action_items: number
  notes_saved: number
  /** After each meeting, back on the case list in the same document: what the meeting left behind. */
  after_leaving: MemorySample[]
  meetings: number
  /** Wall time of the scripted meeting, GC samples included. */
  wall_ms: number
}

const ITEMS_FROM_CASES = 30
const SAMPLE_EVERY = 20

async function call(app: TafelwerkApp, channel: string, input: unknown): Promise<never> {
  const envelope = (await app.call(channel, input)) as
    { ok: true; value: never } | { ok: false; error: { code: string; message: string } }
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`)
  return envelope.value
}

/** The heap after a full garbage collection, and the DOM's counters: what stays, not what awaits collection. */
async function sample(cdp: CDPSession, actions: number): Promise<MemorySample> {
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const dom = await cdp.send('Memory.getDOMCounters')
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100
  return {
    actions,
    used_mb: mb(heap.usedSize),
    total_mb: mb(heap.totalSize),
    dom_nodes: dom.nodes,
    js_event_listeners: dom.jsEventListeners,
    documents: dom.documents,
  }
}

/** A meeting of table D today: the template's ten items and 30 of the table's cases, 40 items. */
async function planMeeting(app: TafelwerkApp, startTime: string): Promise<{ id: string; items: number }> {
  const tables = await call(app, 'reference:list', { kind: 'table', includeArchived: false })
  const tableD = (tables as { rows: { id: string; code?: string }[] }).rows.find((row) => row.code === 'D')
  if (!tableD) throw new Error('table D missing')
  const meeting = (await call(app, 'meeting:create', {
    tableId: tableD.id,
    // The dataset ends a month before "today"; evening starts keep clear of its meetings anyway.
    values: {
      date: todayIso(),
      startTime,
      location: 'Stadhuis',
      chair: null,
      secretary: null,
      numberPrefix: '',
    },
    source: 'sjabloon',
  })) as { id: string }
  const none = { phaseIds: [], themeIds: [], kinds: [], gemeenteIds: [], text: '' }
  const cases = (await call(app, 'case:list', {
    filter: { ...none, tableIds: [tableD.id] },
    sort: { by: 'updated', direction: 'desc' },
    offset: 0,
    limit: ITEMS_FROM_CASES,
  })) as { rows: { id: string }[] }
  await call(app, 'agenda:add-cases', { meetingId: meeting.id, caseIds: cases.rows.map((row) => row.id) })
  const detail = (await call(app, 'meeting:get', { id: meeting.id })) as { items: unknown[] }
  return { id: meeting.id, items: detail.items.length }
}

/** One step of the script: counted, timed, and every SAMPLE_EVERY steps a heap sample. */
class Steps {
  readonly samples: MemorySample[] = []
  readonly durations: number[] = []
  count = 0
  private last = performance.now()
  constructor(private readonly cdp: CDPSession) {}

  async sample(): Promise<MemorySample> {
    const taken = await sample(this.cdp, this.count)
    this.last = performance.now()
    return taken
  }

  async done(): Promise<void> {
    this.count++
    this.durations.push(performance.now() - this.last)
    if (this.count % SAMPLE_EVERY === 0) this.samples.push(await this.sample())
    this.last = performance.now()
  }
}

/** Attendance on the meeting page, then meeting mode through all its items. */
async function holdMeeting(page: Page, items: number, steps: Steps): Promise<{ decisions: number; actions: number }> {
  const groups = page.getByRole('group', { name: /^Aanwezigheid /u })
  await groups.first().waitFor()
  for (const group of await groups.all()) {
    await group.getByLabel('Aanwezig', { exact: true }).check()
    await steps.done()
  }
  await page.getByRole('link', { name: 'Vergadermodus' }).click()
  await page.getByRole('heading', { level: 1, name: 'Vergadermodus', exact: true }).waitFor()
  let decisions = 0
  let actions = 0
  for (let index = 0; index < items; index++) {
    await page.locator('#current-item-title').waitFor()
    const number = await itemNumber(page)
    await page.getByLabel(`Verslagtekst bij agendapunt ${number}`).click()
    await page.keyboard.type(`Punt ${number}: de partners lichten de stand van zaken toe; geen bijzonderheden.`)
    await steps.done()

    const decisionForm = page.getByRole('form', { name: `Besluit vastleggen bij agendapunt ${number}` })
    await decisionForm.getByLabel('Soort besluit').selectOption({ label: 'Overig' })
    const decisionText = `De tafel neemt kennis van punt ${number}.`
    await decisionForm.getByLabel('Tekst van het besluit').fill(decisionText)
    await decisionForm.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await page.getByText(decisionText).first().waitFor()
    decisions++
    await steps.done()

    if (index % 2 === 0) {
      const actionForm = page.getByRole('form', { name: `Actiepunt bij agendapunt ${number}` })
      const actionText = `Politie zoekt punt ${number} uit`
      await actionForm.getByLabel('Actie', { exact: true }).fill(actionText)
      await actionForm.getByLabel('Eigenaar (partner)').selectOption({ label: 'Politie' })
      await actionForm.getByRole('button', { name: 'Actiepunt vastleggen' }).click()
      await page.getByText(`Politie: ${actionText}`).waitFor()
      actions++
      await steps.done()
    }

    if (index < items - 1) {
      // Alt+PageDown moves on from inside a field too, as the secretary does with the notes still focused.
      await page.keyboard.press('Alt+PageDown')
      await page.waitForFunction(
        (previous) => document.querySelector('#current-item-title')?.textContent?.split(' ')[0] !== previous,
        number,
      )
      await steps.done()
    }
  }
  // Out of the notes field, so its last text is saved.
  await page.keyboard.press('Tab')
  return { decisions, actions }
}

/**
 * What a secretary does in an hour-long meeting, accelerated: the actions of
 * an hour (attendance of every partner; per item of 40: notes typed, a
 * decision recorded, every other item an action, then on to the next item)
 * played back as fast as the app answers, not in real time. Two such
 * meetings back to back in one document, each left by the menu, so growth
 * that outlives a meeting shows. The heap is sampled after a forced GC every
 * SAMPLE_EVERY actions.
 */
export async function scriptedMeetings(app: TafelwerkApp, startTimes: readonly string[]): Promise<MeetingMemory> {
  const started = performance.now()
  const { page } = app
  const cdp = await page.context().newCDPSession(page)
  const steps = new Steps(cdp)
  const meetings = []
  for (const startTime of startTimes) meetings.push(await planMeeting(app, startTime))
  let decisions = 0
  let actionItems = 0
  let notesSaved = 0
  let items = 0
  const afterLeaving: MemorySample[] = []
  for (const [index, meeting] of meetings.entries()) {
    if (index === 0)
      await page.goto(`${TafelwerkApp.url().replace('index.html', 'index.html?meeting')}#/vergaderingen/${meeting.id}`)
    else await page.evaluate((id) => (window.location.hash = `#/vergaderingen/${id}`), meeting.id)
    await page.getByRole('heading', { level: 1, name: /OMT D/u }).waitFor()
    if (index === 0) steps.samples.push(await steps.sample())
    const held = await holdMeeting(page, meeting.items, steps)
    decisions += held.decisions
    actionItems += held.actions
    items += meeting.items
    steps.samples.push(await steps.sample())
    // The notes are saved as typed: the vault must hold every item's text, or the script did not do the work.
    const detail = (await call(app, 'meeting:get', { id: meeting.id })) as { items: { notes: string }[] }
    notesSaved += detail.items.filter((item) => item.notes.startsWith('Punt ')).length
    // Leave as the secretary does, by the menu (no reload): what the meeting left in the heap stays measurable.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Casussen', exact: true })
      .click()
    await page.locator('tr.case-grid__row[data-index="0"]:not(.is-loading)').waitFor()
    afterLeaving.push(await steps.sample())
  }
  await cdp.detach()
  return {
    after_leaving: afterLeaving,
    samples: steps.samples,
    actions: steps.count,
    action_ms: steps.durations,
    meetings: meetings.length,
    items,
    decisions,
    action_items: actionItems,
    notes_saved: notesSaved,
    wall_ms: Math.round(performance.now() - started),
  }
}

async function itemNumber(page: Page): Promise<string> {
  const title = (await page.locator('#current-item-title').textContent()) ?? ''
  const number = title.split(' ')[0]
  if (!number) throw new Error(`no item number in "${title}"`)
  return number
}

/** Least-squares slope of used heap against actions, per 100 actions. */
export function slopePer100(samples: MemorySample[]): number {
  const n = samples.length
  const mx = samples.reduce((sum, s) => sum + s.actions, 0) / n
  const my = samples.reduce((sum, s) => sum + s.used_mb, 0) / n
  const sxy = samples.reduce((sum, s) => sum + (s.actions - mx) * (s.used_mb - my), 0)
  const sxx = samples.reduce((sum, s) => sum + (s.actions - mx) ** 2, 0)
  return sxx === 0 ? 0 : Math.round((sxy / sxx) * 100 * 1000) / 1000
}
