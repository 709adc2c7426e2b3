/**
 * A child process for the SMTP crash test: opens the instance on a database file and delivers its
 * send-ready email to an SMTP server, as `npm start -- --smtp URL` does, then prints its report.
 * The parent kills it (SIGKILL) at the moment it chooses: right after its SMTP server accepted a message.
 */
import { Instance } from '../../src/local/instance'
import { SmtpSender } from '../../src/local/mail/smtp-sender'

const [dbFile, smtpUrl] = process.argv.slice(2)
const instance = Instance.create({ db: dbFile })
const sender = new SmtpSender(instance, smtpUrl)
void sender.sendPending().then(async (report) => {
    process.stdout.write(`report ${JSON.stringify(report)}\n`)
    await sender.stop()
    instance.close()
})
