import type { Metrics } from '../src/server/persona/metrics'

/** One user's usage metrics, drawn from `random` in the ranges the demo company uses. */
export function metricsFor(random: () => number): Metrics {
    return {
        devices: Math.round(random() * 18),
        network_gb_month: Math.round(random() * 2000) / 10,
        team_hours_week: Math.round(random() * 300) / 10,
        contacts_per_day: Math.round(random() * 500) / 10,
        remote_pct: Math.round(random() * 100),
    }
}
