import { Instance } from '../src/local/instance'
import { benchChangeNotifications } from './change-notifications'
import { print } from './harness'
const orig = Instance.prototype.install
Instance.prototype.install = function (this: Instance, dir: string, o?: any) { const r = orig.call(this, dir, o); this.properties.set('x_psm_persona.change.personal_requests_max', process.env.PMAX || '500'); return r }
const t0 = process.cpuUsage()
print(benchChangeNotifications(200))
console.log('cpu s', (process.cpuUsage(t0).user / 1e6).toFixed(1))
