import { stopDemoImage } from './demo-image'

export default function globalTeardown(): void {
    if (process.env.PSM_APP_IMAGE) stopDemoImage(process.env.PSM_APP_IMAGE)
    ;(globalThis as { __psmCleanup?: () => void }).__psmCleanup?.()
}
