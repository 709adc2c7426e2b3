export default function globalTeardown(): void {
    ;(globalThis as { __psmCleanup?: () => void }).__psmCleanup?.()
}
