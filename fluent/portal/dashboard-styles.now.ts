import '@servicenow/sdk/global'
import { CssInclude, Record, SPWidgetDependency } from '@servicenow/sdk/core'

/*
 * The analyst dashboard's shared styling. Its widgets (main, service management, usage data and
 * exceptions, experience) draw the same figures — charts, a table, a CSV button — so their common
 * SCSS lives once, in a Service Portal style sheet (sp_css), and reaches each widget as the platform
 * links CSS to widgets: "Create a widget dependency ... For the CSS Include, use the Style Sheet field
 * to reference a record in the sp_css table", and the widget lists the dependency. The page loads
 * the style sheet once, whichever dashboard widgets it shows.
 */

export const dashboardStyleSheet = Record({
    $id: Now.ID['sp_css_dashboard'],
    table: 'sp_css',
    data: {
        name: 'PSM dashboard',
        css: Now.include('./dashboard-shared.scss'),
    },
})

export const dashboardStyles = SPWidgetDependency({
    $id: Now.ID['sp_dependency_dashboard_styles'],
    name: 'PSM dashboard styles',
    cssIncludes: [
        {
            order: 100,
            include: CssInclude({
                $id: Now.ID['sp_css_include_dashboard'],
                name: 'PSM dashboard',
                spCss: dashboardStyleSheet,
            }),
        },
    ],
})
