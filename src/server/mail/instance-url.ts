import { gs } from '@servicenow/glide'
import { trimBase } from './links.ts'

/**
 * The instance's own address, from glide.servlet.uri ("the URL of the instance", used to build links
 * in notifications), without a trailing slash: every link in an email is absolute. '' when the
 * property is unset: links stay instance-relative.
 */
export function instanceUrl(): string {
    return trimBase(gs.getProperty('glide.servlet.uri', '') || '')
}
