import { GlideRecord } from '@servicenow/glide'
import { personaNamesOf, readXlas, taskClasses } from './attainment-data.ts'
import { parseScore } from './happiness.ts'
import { FEEDBACK_TABLE, isStakeholderRole, type StakeholderRole, type XlaDefinition } from './model.ts'
import { formatDateTime, parseDateTime, type Period } from './time.ts'
import { parseTimeLost } from './feedback.ts'

/*
 * The experience survey's answers over a period, with what the experience section of the analyst
 * dashboard shows beside them: the kind and number of the task, its reassignment count
 * (task.reassignment_count, as the platform keeps it) and the persona of whoever answered (their
 * current persona, as XLA attainment groups them). A fixed number of queries whatever the period holds.
 * Legacy 1–5 answers (no score) are left out: Happiness never counts them (happiness.ts).
 */

export interface SurveyAnswer {
    sysId: string
    taskId: string
    taskTable: string
    taskNumber: string
    reassignments: number
    userId: string
    persona: string
    role: StakeholderRole
    score: number
    /** Minutes, null when not said. */
    timeLost: number | null
    comment: string
    at: number
}

export interface ExperienceFacts {
    answers: SurveyAnswer[]
    /** Active happiness XLAs (their targets and task tables). */
    xlas: XlaDefinition[]
}

interface TaskFact {
    number: string
    reassignments: number
}

function tasksById(ids: readonly string[]): { [id: string]: TaskFact } {
    const out: { [id: string]: TaskFact } = {}
    if (!ids.length) return out
    const gr = new GlideRecord('task')
    gr.addQuery('sys_id', 'IN', ids.join(','))
    gr.query()
    while (gr.next()) out[gr.getUniqueValue()] = { number: gr.getValue('number') || '', reassignments: Number(gr.getValue('reassignment_count')) || 0 }
    return out
}

/** The 0–10 answers updated in the period (the latest answer counts), newest first. */
export function readExperience(period: Period): ExperienceFacts {
    const gr = new GlideRecord(FEEDBACK_TABLE)
    gr.addQuery('sys_updated_on', '>=', formatDateTime(period.start))
    gr.addQuery('sys_updated_on', '<', formatDateTime(period.end))
    gr.addNotNullQuery('score')
    gr.orderByDesc('sys_updated_on')
    gr.query()
    const rows: Array<Omit<SurveyAnswer, 'taskTable' | 'taskNumber' | 'reassignments' | 'persona'>> = []
    while (gr.next()) {
        const score = parseScore(gr.getValue('score'))
        const role = gr.getValue('stakeholder') || ''
        const taskId = gr.getValue('task') || gr.getValue('change_request') || ''
        if (score === null || !isStakeholderRole(role) || !taskId) continue
        rows.push({
            sysId: gr.getUniqueValue(),
            taskId,
            userId: gr.getValue('user') || '',
            role,
            score,
            timeLost: parseTimeLost(gr.getValue('time_lost')) ?? null,
            comment: gr.getValue('comment') || '',
            at: parseDateTime(gr.getValue('sys_updated_on')) ?? 0,
        })
    }
    const ids: string[] = []
    const users: string[] = []
    for (const r of rows) {
        if (ids.indexOf(r.taskId) < 0) ids.push(r.taskId)
        if (users.indexOf(r.userId) < 0) users.push(r.userId)
    }
    const classes = taskClasses(ids)
    const tasks = tasksById(ids)
    const personas = personaNamesOf(users)
    return {
        answers: rows.map((r) => ({
            ...r,
            taskTable: classes[r.taskId] || 'task',
            taskNumber: tasks[r.taskId]?.number || '',
            reassignments: tasks[r.taskId]?.reassignments ?? 0,
            persona: personas[r.userId] || '',
        })),
        xlas: readXlas().filter((x) => x.measure === 'happiness'),
    }
}
