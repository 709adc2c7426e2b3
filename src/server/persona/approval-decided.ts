import { GlideRecord } from '@servicenow/glide'
import { decideException, EXCEPTION } from '../catalog/exceptions.ts'
import { decideProposal, PROPOSAL } from './proposals.ts'

/** After an approval of one of the app's requests changes state: the request follows the decision. */
export function appApprovalDecided(current: GlideRecord, _previous: GlideRecord | null): void {
    const table = current.getValue('source_table') || ''
    if (table === EXCEPTION) decideException(current)
    else if (table === PROPOSAL) decideProposal(current)
}
