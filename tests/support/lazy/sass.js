// Dart Sass (its Node build, what `require('sass')` resolves to), loaded at its first use: see lazy.js and jest.config.js.
module.exports = require('./lazy')(() => require('../../../node_modules/sass/sass.node.js'))
