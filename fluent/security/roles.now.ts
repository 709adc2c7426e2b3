import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

export const analystRole = Role({
    name: 'x_psm_persona.analyst',
    description: 'Reads personas, profiles, offerings, feedback and XLA figures; runs the reports.',
})

export const adminRole = Role({
    name: 'x_psm_persona.admin',
    description: 'Configures personas, scoring rules, offerings and XLAs.',
    containsRoles: [analystRole],
})
