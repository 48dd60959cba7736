#include "TableExport.h"

#include "ui/widgets/MessageBox.h"

#include "models/Csv.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace zc::ui {

Q_LOGGING_CATEGORY(lcExport, "zc.ui.export", QtInfoMsg)

namespace {

QList<int> allRows(const QAbstractItemModel *model, const QList<int> &rows)
{
    if (!rows.isEmpty())
        return rows;
    QList<int> all;
    all.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r)
        all << r;
    return all;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

} // namespace

QString TableExport::csv(const QAbstractItemModel *model, const QList<int> &columns, const QList<int> &rows)
{
    QStringList fields;
    for (int c : columns)
        fields << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    QString out = Csv::record(fields);
    for (int r : allRows(model, rows)) {
        fields.clear();
        for (int c : columns)
            fields << cell(model, r, c);
        out += Csv::record(fields);
    }
    return out;
}

QString TableExport::tsv(const QAbstractItemModel *model, const QList<int> &columns, const QList<int> &rows,
                         bool withHeader)
{
    const auto clean = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return s;
    };
    QStringList lines;
    QStringList fields;
    if (withHeader) {
        for (int c : columns)
            fields << clean(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        lines << fields.join(QLatin1Char('\t'));
    }
    for (int r : rows) {
        fields.clear();
        for (int c : columns)
            fields << clean(cell(model, r, c));
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TableExport::fileProblem(const QFileDevice &file)
{
    // The system's own words (file.errorString()) follow the OS language, not
    // the client's: say it in ours, and keep the system's in the log.
    qCWarning(lcExport) << "cannot write" << file.fileName() << ':' << file.errorString();
    switch (file.error()) {
    case QFileDevice::PermissionsError:
        return tr("this computer does not allow writing there; choose another folder");
    case QFileDevice::WriteError:
    case QFileDevice::ResourceError:
        return tr("writing failed; check that the disk has free space and try again");
    default:
        return tr("the file cannot be created there; check that the folder exists, or choose another one");
    }
}

bool TableExport::writeCsv(const QString &path, const QString &text, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (why)
            *why = fileProblem(file);
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (why)
            *why = fileProblem(file);
        return false;
    }
    return true;
}

QString TableExport::exportWithDialog(QWidget *parent, const QString &baseName, const QString &text)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.csv").arg(baseName, QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString why;
    if (!writeCsv(path, text, &why)) {
        MessageBox::warning(parent, tr("Export as CSV"), tr("The file “%1” could not be written: %2").arg(path, why));
        return {};
    }
    return path;
}

} // namespace zc::ui
