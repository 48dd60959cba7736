#pragma once

#include <QList>
#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QBoxLayout;
class QPrintDialog;
class QPushButton;
class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace zc::ui {

// The ways out of a page's printed report (权限矩阵, 权限审查): a PDF file
// (asked for, suggested as <stem>-<yyyyMMdd>.pdf in the documents folder),
// print preview and the print dialog, on one printer kept for the page so
// that the printer chosen and its settings stay. The page says what its
// report is through a Source; what happened is said through `say`.
class ReportOutput : public QObject
{
    Q_OBJECT
public:
    struct Source
    {
        std::function<QString()> title;             // the document's name, the dialogs' titles
        std::function<QString()> fileStem;          // the PDF's suggested name before the date
        std::function<bool(QPrinter *)> print;      // paints the report; false when it cannot
        std::function<int(QPrinter *)> pageCount;   // how many pages print() makes on that printer
        std::function<QString()> notReady;          // why there is nothing to print yet; empty when there is
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
    };
    using Say = std::function<void(const QString &text, bool error)>;

    ReportOutput(QWidget *page, Source source, Say say);
    ~ReportOutput() override;

    // A page's tool buttons for the report: 打印预览, 打印, 导出PDF (run here)
    // and 导出CSV (the page's to connect), added to `row` in that order.
    struct Buttons
    {
        QPushButton *preview = nullptr;
        QPushButton *print = nullptr;
        QPushButton *pdf = nullptr;
        QPushButton *csv = nullptr;
        [[nodiscard]] QList<QPushButton *> all() const { return {preview, print, pdf, csv}; }
    };
    Buttons addButtons(QBoxLayout *row);
    // Their texts in the current language.
    static void retranslate(const Buttons &buttons);

    // Writes the report as a PDF; false and *why when it cannot be written.
    bool exportPdf(const QString &path, QString *why = nullptr);
    // Asks for the file, writes it and says so.
    void exportPdfWithDialog();
    // Opens the print preview (window-modal, deleted once closed).
    QPrintPreviewDialog *printPreview();
    // Opens the print dialog; prints when accepted.
    QPrintDialog *printReport();

private:
    [[nodiscard]] QPrinter *printer();

    QPointer<QWidget> m_page;
    Source m_source;
    Say m_say;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace zc::ui
