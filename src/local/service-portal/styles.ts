import { createHash } from 'node:crypto'
import * as sass from 'sass'
import { BoundedCache } from '../store/bounded-cache'

/*
 * Widget, instance and page CSS: SCSS compiled by `sass`, as the platform compiles each widget's
 * "CSS - SCSS" field. A widget's rules apply inside its own element only: the platform wraps each
 * widget's SCSS in a class named after the widget (`.v<sys_id>`), which is what lets two widgets use
 * the same class names. The portal's theme variables come first; Bootstrap 3's variables that widget
 * SCSS commonly uses ($brand-primary, $text-muted, $padding-small-horizontal ...) have defaults here.
 */

// platform-difference: sp-theme-bootstrap-subset
export const BOOTSTRAP_VARIABLES = `
$brand-primary: #1f6feb !default; $brand-success: #2e7d32 !default; $brand-info: #0277bd !default;
$brand-warning: #b26a00 !default; $brand-danger: #c62828 !default; $text-color: #1f2633 !default;
$text-muted: #5b6576 !default; $link-color: $brand-primary !default; $body-bg: #ffffff !default;
$gray-base: #000 !default; $gray-darker: #222 !default; $gray-dark: #333 !default; $gray: #555 !default;
$gray-light: #777 !default; $gray-lighter: #eee !default; $border-radius-base: 4px !default;
$border-radius-large: 6px !default; $border-radius-small: 3px !default; $font-size-base: 14px !default;
$font-size-large: 18px !default; $font-size-small: 12px !default; $line-height-base: 1.428571429 !default;
$padding-base-vertical: 6px !default; $padding-base-horizontal: 12px !default; $padding-large-vertical: 10px !default;
$padding-large-horizontal: 16px !default; $padding-small-vertical: 5px !default; $padding-small-horizontal: 10px !default;
$panel-bg: #fff !default; $panel-default-border: #ddd !default; $navbar-default-bg: #f8f8f8 !default;
$sp-navbar-divider-color: #ddd !default; $sp-tagline-color: $text-muted !default;
$screen-xs-max: 767px !default; $screen-sm-min: 768px !default; $screen-md-min: 992px !default; $screen-lg-min: 1200px !default;
`

export interface CompiledCss {
    css: string
    /** The compiler's message when the SCSS did not compile (the CSS is then empty). */
    error?: string
}

export class StyleCompiler {
    private readonly cache = new BoundedCache<string, CompiledCss>(500)

    /** Compiles `scss` inside `scopeSelector` (none: top level) with the theme's variables first. */
    compile(scss: string | null | undefined, scopeSelector: string | null, themeVariables = ''): CompiledCss {
        const text = (scss ?? '').trim()
        if (!text) return { css: '' }
        const key = createHash('sha256').update(`${scopeSelector ?? ''}\u0000${themeVariables}\u0000${text}`).digest('hex')
        const hit = this.cache.get(key)
        if (hit) return hit
        const source = `${themeVariables}\n${BOOTSTRAP_VARIABLES}\n${scopeSelector ? `${scopeSelector} {\n${text}\n}` : text}`
        let out: CompiledCss
        try {
            out = { css: sass.compileString(source, { style: 'compressed', syntax: 'scss' }).css }
        } catch (e) {
            out = { css: '', error: e instanceof Error ? e.message.split('\n')[0] : String(e) }
        }
        this.cache.set(key, out)
        return out
    }
}

/** CSS text made safe to inline in a <style> element: it can never close the element. */
export function inlineCss(css: string): string {
    return css.replace(/<\/(style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
}
