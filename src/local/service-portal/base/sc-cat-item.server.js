(function () {
    data.failed = gs.getMessage('The order could not be placed.');
    data.item = null;
    var id = String($sp.getParameter('sys_id') || '');
    if (!id) return;
    var item = new GlideRecord('sc_cat_item');
    item.addActiveQuery();
    item.addQuery('sys_id', id);
    item.query();
    if (!item.next() || !$sp.canReadRecord(item)) return;
    data.item = {
        sys_id: item.getUniqueValue(),
        name: item.getDisplayValue('name'),
        short_description: item.getDisplayValue('short_description'),
        // HTML on the platform: the template binds it with ng-bind-html, which ngSanitize cleans.
        description: item.getValue('description') || '',
        price: Number(item.getValue('price')) > 0 ? item.getDisplayValue('price') : '',
        category: item.getValue('category') || '',
        category_title: item.getDisplayValue('category')
    };
})();
