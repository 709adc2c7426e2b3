// Instance code (src/server) is deployed as sys_module records: the platform resolves only
// @servicenow/glide and the app's own relative modules, so anything else is a build-time trap.
const ALLOWED = /^(\.{1,2}\/|@servicenow\/glide(\/|$))/

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
    meta: {
        type: 'problem',
        docs: { description: 'src/server imports only @servicenow/glide and its own modules' },
        messages: { bad: 'src/server may import only @servicenow/glide and its own modules, not "{{source}}".' },
        schema: [],
    },
    create(context) {
        const check = (node, source) => {
            if (typeof source === 'string' && !ALLOWED.test(source)) context.report({ node, messageId: 'bad', data: { source } })
        }
        return {
            ImportDeclaration: (node) => check(node, node.source.value),
            ExportAllDeclaration: (node) => check(node, node.source.value),
            ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
            ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
            CallExpression: (node) => {
                if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
                    check(node, node.arguments[0].value)
                }
            },
        }
    },
}
