(function () {
    // The categories and items the user may see ($sp.canReadRecord: a category's roles, an item's user criteria).
    var categoryId = String($sp.getParameter('sys_id') || '');
    data.category = '';
    data.title = gs.getMessage('All items');
    data.categories = [];
    var cat = new GlideRecord('sc_category');
    cat.addActiveQuery();
    cat.orderBy('order');
    cat.orderBy('title');
    cat.query();
    while (cat.next()) {
        if (!$sp.canReadRecord(cat)) continue;
        var selected = cat.getUniqueValue() == categoryId;
        if (selected) {
            data.category = categoryId;
            data.title = cat.getDisplayValue('title');
        }
        data.categories.push({ sys_id: cat.getUniqueValue(), title: cat.getDisplayValue('title'), selected: selected });
    }
    data.items = [];
    var item = new GlideRecord('sc_cat_item');
    item.addActiveQuery();
    if (categoryId) item.addQuery('category', categoryId);
    item.orderBy('order');
    item.orderBy('name');
    item.query();
    while (item.next()) {
        if (!$sp.canReadRecord(item)) continue;
        data.items.push({
            sys_id: item.getUniqueValue(),
            name: item.getDisplayValue('name'),
            short_description: item.getDisplayValue('short_description'),
            price: Number(item.getValue('price')) > 0 ? item.getDisplayValue('price') : ''
        });
    }
})();
