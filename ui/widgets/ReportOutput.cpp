#include "ReportOutput.h"

#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ReportFrame.h"

#include <QBoxLayout>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QWidget>

namespace zc::ui {

ReportOutput::ReportOutput(QWidget *page, Source source, Say say)
    : QObject(page), m_page(page), m_source(std::move(source)), m_say(std::move(say))
{
}

ReportOutput::~ReportOutput() = default;

ReportOutput::Buttons ReportOutput::addButtons(QBoxLayout *row)
{
    Buttons b;
    const auto add = [this, row](const char *name) {
        auto *button = new QPushButton(m_page);
        button->setObjectName(QString::fromLatin1(name));
        row->addWidget(button);
        return button;
    };
    b.preview = add("previewButton");
    b.print = add("printButton");
    b.pdf = add("pdfButton");
    b.csv = add("exportButton");
    connect(b.preview, &QPushButton::clicked, this, &ReportOutput::printPreview);
    connect(b.print, &QPushButton::clicked, this, &ReportOutput::printReport);
    connect(b.pdf, &QPushButton::clicked, this, &ReportOutput::exportPdfWithDialog);
    retranslate(b);
    return b;
}

void ReportOutput::retranslate(const Buttons &buttons)
{
    buttons.preview->setText(tr("Print pre&view…"));
    buttons.print->setText(tr("Pr&int…"));
    buttons.pdf->setText(tr("Export &PDF…"));
    buttons.csv->setText(tr("E&xport CSV…"));
}

QPrinter *ReportOutput::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        ReportFrame::setUpPrinter(m_printer.get(), m_source.title(), m_source.orientation);
    }
    m_printer->setDocName(m_source.title());
    return m_printer.get();
}

bool ReportOutput::exportPdf(const QString &path, QString *why)
{
    QPrinter pdf(QPrinter::HighResolution);
    ReportFrame::setUpPrinter(&pdf, m_source.title(), m_source.orientation);
    pdf.setOutputFormat(QPrinter::PdfFormat);
    pdf.setOutputFileName(path);
    const QString notReady = m_source.notReady ? m_source.notReady() : QString();
    if (!notReady.isEmpty() || !m_source.print(&pdf)) {
        if (why)
            *why = notReady.isEmpty() ? tr("the file cannot be written") : notReady;
        return false;
    }
    return true;
}

void ReportOutput::exportPdfWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.pdf").arg(m_source.fileStem(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    QString path = QFileDialog::getSaveFileName(m_page, tr("Export as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString why;
    if (!exportPdf(path, &why)) {
        MessageBox::warning(m_page, tr("Export as PDF"), tr("The file “%1” could not be written: %2.").arg(path, why));
        return;
    }
    m_say(tr("The report was saved to %1.").arg(path), false);
}

QPrintPreviewDialog *ReportOutput::printPreview()
{
    auto *dialog = new QPrintPreviewDialog(printer(), m_page);
    dialog->setObjectName(QStringLiteral("printPreviewDialog"));
    dialog->setWindowTitle(tr("Print preview — %1").arg(m_source.title()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1000, 720);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { m_source.print(p); });
    dialog->open();
    return dialog;
}

QPrintDialog *ReportOutput::printReport()
{
    QPrinter *p = printer();
    auto *dialog = new QPrintDialog(p, m_page);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setWindowTitle(tr("Print %1").arg(m_source.title()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinMax(1, m_source.pageCount(p));
    connect(dialog, QOverload<QPrinter *>::of(&QPrintDialog::accepted), this, [this](QPrinter *chosen) {
        if (m_source.print(chosen))
            m_say(tr("The report was sent to the printer."), false);
        else
            m_say(tr("The report could not be printed on %1.").arg(chosen->printerName()), true);
    });
    dialog->open();
    return dialog;
}

} // namespace zc::ui
