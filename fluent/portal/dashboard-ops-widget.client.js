api.controller = function () {
    /**
     * Saves a table's CSV as a file. The text is the one the server built from the table's own cells,
     * so the download is exactly what the page shows; nothing is fetched again.
     */
    this.download = function (table) {
        var blob = new Blob([table.csv], { type: 'text/csv;charset=utf-8' });
        var url = URL.createObjectURL(blob);
        var link = document.createElement('a');
        link.href = url;
        link.download = table.fileName;
        link.style.display = 'none';
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        setTimeout(function () {
            URL.revokeObjectURL(url);
        }, 10000);
    };
};
