#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QFileDevice;
class QWidget;

namespace zc::ui {

// Tables to text: CSV files (Csv::record: RFC 4180 quoting, formulas
// neutralised; UTF-8 with a byte-order mark
// so that Excel on a Chinese Windows opens them right) and tab-separated
// text for the clipboard. What is exported is what the table shows
// (DisplayRole; masked phones stay masked).
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::TableExport)
public:
    // The header row and the given rows (all when empty) of the given columns.
    [[nodiscard]] static QString csv(const QAbstractItemModel *model, const QList<int> &columns,
                                     const QList<int> &rows = {});
    [[nodiscard]] static QString tsv(const QAbstractItemModel *model, const QList<int> &columns,
                                     const QList<int> &rows, bool withHeader);
    // Writes text as UTF-8 with a BOM; false and *why when the file cannot be written.
    static bool writeCsv(const QString &path, const QString &text, QString *why = nullptr);
    // Why `file` could not be written, in the client's language (for a %2 after the path).
    [[nodiscard]] static QString fileProblem(const QFileDevice &file);
    // Asks for a file name (suggested from `baseName` and today's date) and
    // writes the CSV; says what happened in a message box. Returns the path, empty when not written.
    static QString exportWithDialog(QWidget *parent, const QString &baseName, const QString &text);
};

} // namespace zc::ui
