/*
 * The Service Portal's client runtime on the local instance: real AngularJS 1.x rendering the page
 * model the server embedded (#sp-page-model), with the platform's client API for widgets:
 *  - every widget is an <sp-widget> whose client controller runs with `this.data`, `this.options`,
 *    `this.server` (get / update / refresh) and `this.widget` set, as "controllerAs c";
 *  - spUtil (get, update, refresh, format, addInfoMessage, addErrorMessage, ...), $location, spModal;
 *  - every request to this site carries the session token in X-UserToken (window.g_ck), as the
 *    platform's own $http interceptor does.
 * Widget controllers and link functions are plain scripts served by the instance
 * (/scripts/sp/widget/<sys_id>.js) that register themselves in window.spWidgets: the page runs under
 * a Content-Security-Policy without 'unsafe-eval', so nothing here compiles code from strings.
 */
(function (window, document, angular) {
    'use strict';

    var modelElement = document.getElementById('sp-page-model');
    var page = JSON.parse(modelElement.textContent || '{}');
    window.g_ck = page.g_ck || '';
    var registry = (window.spWidgets = window.spWidgets || {});
    var loadedCss = {};

    function sameSite(url) {
        return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/' && url.charAt(1) !== '\\';
    }

    var app = angular.module('sn.$sp', ['ngSanitize'].concat(page.modules || []));

    app.config([
        '$httpProvider',
        '$locationProvider',
        '$compileProvider',
        function ($httpProvider, $locationProvider, $compileProvider) {
            // The platform's portal URLs are real query strings (/sp?id=...): $location reads them as is.
            $locationProvider.html5Mode({ enabled: true, requireBase: false, rewriteLinks: false });
            $compileProvider.debugInfoEnabled(false);
            $httpProvider.interceptors.push(function () {
                return {
                    request: function (config) {
                        if (sameSite(config.url) && window.g_ck) config.headers['X-UserToken'] = window.g_ck;
                        return config;
                    },
                };
            });
        },
    ]);

    app.factory('spUtil', [
        '$http',
        '$rootScope',
        '$location',
        function ($http, $rootScope, $location) {
            function widgetUrl(arg) {
                var id = typeof arg === 'string' ? arg : arg && arg.widget ? arg.widget.sys_id : '';
                // $sp.getParameter reads "the query string or post body": the page's parameters travel with every call.
                var search = $location.search();
                var query = Object.keys(search)
                    .map(function (k) {
                        return encodeURIComponent(k) + '=' + encodeURIComponent(search[k] === true ? '' : search[k]);
                    })
                    .join('&');
                return '/api/now/sp/widget/' + encodeURIComponent(id) + (query ? '?' + query : '');
            }

            function notify(type, message) {
                $rootScope.$broadcast('$$uiNotification', { type: type, message: message });
            }

            return {
                format: function (tpl, data) {
                    return String(tpl).replace(/{([^}]+)?}/g, function (whole, key) {
                        return data && key in data ? data[key] : whole;
                    });
                },
                get: function ($scope, data) {
                    var headers = { Accept: 'application/json', 'x-portal': page.portal_id || '' };
                    if ($scope && typeof $scope !== 'string' && $scope.widget && $scope.widget.instance_id) headers['X-SP-Instance'] = $scope.widget.instance_id;
                    return $http({ method: 'POST', url: widgetUrl($scope), headers: headers, data: data === undefined ? null : data }).then(function (response) {
                        var r = response.data && response.data.result;
                        if (r && r.$$uiNotification) $rootScope.$broadcast('$$uiNotification', r.$$uiNotification);
                        return r;
                    });
                },
                update: function ($scope) {
                    return this.get($scope, $scope.data).then(function (r) {
                        if (!r) return {};
                        angular.extend($scope.data, r.data);
                        return r.data;
                    });
                },
                refresh: function ($scope) {
                    return this.get($scope, null).then(function (r) {
                        angular.extend($scope.options, r.options);
                        angular.extend($scope.data, r.data);
                        return r;
                    });
                },
                addInfoMessage: function (message) {
                    notify('info', message);
                },
                addErrorMessage: function (message) {
                    notify('error', message);
                },
                addTrivialMessage: function (message) {
                    notify('trivial', message);
                },
                getHost: function () {
                    return $location.protocol() + '://' + $location.host() + ($location.port() ? ':' + $location.port() : '');
                },
                createUid: function (str) {
                    return String(str).replace(/[xy]/g, function (ch) {
                        var r = (Math.random() * 16) | 0;
                        return (ch === 'x' ? r : (r & 0x3) | 0x8).toString(16);
                    });
                },
                parseAttributes: function (text) {
                    if (typeof text === 'object') return text;
                    var out = {};
                    (text ? String(text).split(',') : []).forEach(function (pair) {
                        if (!pair) return;
                        var kv = pair.split('=');
                        out[kv[0].trim()] = kv.length > 1 ? kv[1].trim() : '';
                    });
                    return out;
                },
                setBreadCrumb: function ($scope, list) {
                    $scope.$emit('sp.update.breadcrumbs', list);
                },
                setSearchPage: function (searchPage) {
                    $rootScope.$emit('update.searchpage', searchPage);
                },
                scrollTo: function (id) {
                    var el = document.querySelector(id);
                    if (el) el.scrollIntoView();
                },
                // platform-difference: sp-record-watch-inert
                recordWatch: function () {},
                getPreference: function (pref, callback) {
                    if (callback) callback(null);
                },
                setPreference: function () {},
            };
        },
    ]);

    // platform-difference: sp-modal-native-dialogs
    app.factory('spModal', [
        '$q',
        function ($q) {
            function text(options) {
                return typeof options === 'string' ? options : (options && (options.message || options.title)) || '';
            }
            return {
                alert: function (options) {
                    window.alert(text(options));
                    return $q.resolve(true);
                },
                confirm: function (options) {
                    return window.confirm(text(options)) ? $q.resolve(true) : $q.reject(false);
                },
                open: function (options) {
                    return window.confirm(text(options)) ? $q.resolve({ label: 'OK' }) : $q.reject(false);
                },
            };
        },
    ]);

    /** Loads a widget's controller script once (page widgets are loaded by the page; embedded ones here). */
    function loadScript(model) {
        return new Promise(function (resolve) {
            if (registry[model.sys_id] || !sameSite(model.script_url)) return resolve(registry[model.sys_id]);
            var s = document.createElement('script');
            s.src = model.script_url;
            s.onload = s.onerror = function () {
                resolve(registry[model.sys_id]);
            };
            document.head.appendChild(s);
        });
    }

    function addCss(model) {
        var key = model.sys_id + ':' + (model.instance_id || '');
        if (!model.css || loadedCss[key]) return;
        loadedCss[key] = true;
        var style = document.createElement('style');
        style.textContent = model.css;
        document.head.appendChild(style);
    }

    app.directive('spWidget', [
        '$compile',
        '$controller',
        '$templateCache',
        'spUtil',
        function ($compile, $controller, $templateCache, spUtil) {
            /** The widget's ng-templates go to the page's template cache first: its template includes them by ID. */
            function putTemplates(model) {
                var templates = model.ngTemplates || {};
                Object.keys(templates).forEach(function (id) {
                    if (typeof templates[id] === 'string') $templateCache.put(id, templates[id]);
                });
            }

            function render(scope, element, model, def) {
                scope.data = model.data && typeof model.data === 'object' ? model.data : {};
                scope.options = model.options || {};
                scope.server = {
                    get: function (input) {
                        return spUtil.get(scope, input);
                    },
                    update: function () {
                        return spUtil.update(scope);
                    },
                    refresh: function () {
                        return spUtil.refresh(scope);
                    },
                };
                var controller = {};
                if (def && typeof def.controller === 'function') {
                    var later = $controller(def.controller, { $scope: scope }, true);
                    controller = later.instance;
                    controller.data = scope.data;
                    controller.options = scope.options;
                    controller.server = scope.server;
                    controller.widget = model;
                    controller = later() || controller;
                } else {
                    controller = { data: scope.data, options: scope.options, server: scope.server, widget: model };
                }
                scope[model.controller_as || 'c'] = controller;
                addCss(model);
                putTemplates(model);
                var root = angular.element('<div></div>');
                root.addClass('v' + model.sys_id);
                root.attr('data-widget-id', model.id || model.sys_id);
                root.html(model.template || '');
                element.empty();
                element.append(root);
                $compile(root)(scope);
                if (def && typeof def.link === 'function') def.link(scope, root, {}, controller);
            }

            return {
                restrict: 'E',
                scope: { widget: '=' },
                link: function (scope, element) {
                    var stop = scope.$watch('widget', function (model) {
                        if (!model) return;
                        stop();
                        loadScript(model).then(function (def) {
                            scope.$evalAsync(function () {
                                render(scope, element, model, def);
                            });
                        });
                    });
                },
            };
        },
    ]);

    app.run([
        '$rootScope',
        function ($rootScope) {
            $rootScope.spPage = page;
            $rootScope.user = page.user;
            $rootScope.portal = page.portal;
            $rootScope.spNotifications = [];
            $rootScope.$on('$$uiNotification', function (event, notification) {
                var list = angular.isArray(notification) ? notification : [notification];
                list.forEach(function (n) {
                    if (n && n.message) $rootScope.spNotifications.push({ type: n.type === 'error' ? 'error' : 'info', message: String(n.message) });
                });
            });
            (page.$$uiNotification || []).forEach(function (n) {
                $rootScope.spNotifications.push({ type: n.type === 'error' ? 'error' : 'info', message: String(n.message) });
            });
        },
    ]);

    var logout = document.getElementById('sp-logout');
    if (logout) {
        logout.addEventListener('click', function () {
            var xhr = new XMLHttpRequest();
            xhr.open('POST', '/api/now/sp/logout');
            xhr.setRequestHeader('Content-Type', 'application/json');
            xhr.setRequestHeader('X-UserToken', window.g_ck);
            xhr.onload = function () {
                var suffix = page.portal && /^[A-Za-z0-9_-]+$/.test(page.portal.url_suffix) ? page.portal.url_suffix : 'sp';
                window.location.href = '/' + suffix;
            };
            xhr.send('{}');
        });
    }

    angular.element(document).ready(function () {
        angular.bootstrap(document.getElementById('sp-root'), ['sn.$sp'], { strictDi: false });
    });
})(window, document, window.angular);
