import { GlideRecord } from '../glide/GlideRecord'
import type { Instance } from '../instance'
import { generatePassword } from '../base/admin'

/** The application registry `npm start` keeps for scripts and clients on this machine (pysnc, the tests). */
export const CLI_CLIENT_NAME = 'Local instance clients'

export interface CliClient {
    clientId: string
    /** The plain secret, only when it was generated now (it is stored hashed and never shown again). */
    secret: string | null
}

/**
 * An oauth_entity for local clients, made on the first start with a generated client id and secret: nothing
 * fixed is seeded, so no two databases share a secret. The administrator may deactivate it or make others.
 */
export function ensureCliClient(instance: Instance): CliClient {
    return instance.run(() => {
        const gr = new GlideRecord('oauth_entity')
        if (gr.get('name', CLI_CLIENT_NAME)) return { clientId: gr.getValue('client_id') ?? '', secret: null }
        const secret = generatePassword()
        gr.initialize()
        gr.setValue('name', CLI_CLIENT_NAME)
        gr.setValue('client_secret', secret)
        gr.setValue('comments', 'Made by npm start for clients on this machine (OAuth password grant at /oauth_token.do)')
        gr.setWorkflow(false)
        if (!gr.insert()) throw new Error('Could not create the OAuth application registry for local clients')
        return { clientId: gr.getValue('client_id') ?? '', secret }
    })
}
