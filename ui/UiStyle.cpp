#include "UiStyle.h"

#include <QAbstractButton>
#include <QDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QStyle>
#include <QString>
#include <QTableView>
#include <QVariant>

namespace zc::ui {

namespace {

// The palette.
const QString Primary = QStringLiteral("#1b5aa6");
const QString Good = QStringLiteral("#137333");
const QString Caution = QStringLiteral("#8a5a00");
const QString Bad = QStringLiteral("#c5221f");
const QString Hint = QStringLiteral("#909399");
const QString Secondary = QStringLiteral("#606266");
const QString Disabled = QStringLiteral("#a8abb2");

const QString ErrorBorder = QStringLiteral("border: 1px solid #c5221f; border-radius: 3px;");

} // namespace

QColor UiStyle::colour(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QColor(Good);
    case Tone::Caution: return QColor(Caution);
    case Tone::Bad: return QColor(Bad);
    case Tone::Hint: return QColor(Hint);
    case Tone::Secondary: return QColor(Secondary);
    case Tone::Link: return QColor(Primary);
    case Tone::Disabled: return QColor(Disabled);
    }
    return {};
}

void UiStyle::textTone(QWidget *widget, Tone tone)
{
    widget->setStyleSheet(QStringLiteral("color: %1;").arg(colour(tone).name()));
}

void UiStyle::mainWindow(QMainWindow *window)
{
    window->setStyleSheet(QStringLiteral(
        "QFrame#headerFrame { background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #1b5aa6, stop:1 #2f86d6); }"
        "QFrame#headerFrame QLabel { color: white; background: transparent; }"
        "QFrame#headerFrame QToolButton { color: white; border: 1px solid rgba(255,255,255,0.55); border-radius: 4px;"
        " padding: 5px 10px; }"
        "QFrame#headerFrame QToolButton:hover { background: rgba(255,255,255,0.15); }"
        "QFrame#offlineFrame { background: #fdf6ec; border-bottom: 1px solid #f5dab1; }"
        "QFrame#offlineFrame QLabel { color: #8a5a00; }"
        "QTreeWidget#navigationTree { background: #f3f6fa; border: none; border-right: 1px solid #dde3ea;"
        " padding-top: 8px; }"
        "QTreeWidget#navigationTree::item { height: 34px; padding-left: 4px; }"
        "QTreeWidget#navigationTree::item:selected { background: #dbe8fb; color: #0b3d91; }"
        "QStatusBar QLabel { padding: 0 8px; }"));
}

void UiStyle::loginDialog(QDialog *dialog)
{
    dialog->setStyleSheet(QStringLiteral(
        "QFrame#headerFrame { background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #1b5aa6, stop:1 #2f86d6); }"
        "QFrame#headerFrame QLabel { color: white; background: transparent; }"
        "QLineEdit[zcError=\"true\"] { border: 1px solid #d93025; border-radius: 3px; padding: 3px; }"
        "QLabel#errorLabel[kind=\"error\"] { color: #a50e0e; background: #fce8e6; border: 1px solid #f4c7c3;"
        " border-radius: 4px; }"
        "QLabel#errorLabel[kind=\"notice\"] { color: #174ea6; background: #e8f0fe; border: 1px solid #c6dafc;"
        " border-radius: 4px; }"
        "QToolButton#captchaButton { background: white; border: 1px solid #c4c7c5; border-radius: 3px; }"
        "QToolButton#captchaButton:hover { border-color: #1b5aa6; }"
        "QPushButton#forgotButton, QPushButton#registerButton { color: #1b5aa6; border: 1px solid transparent;"
        " padding: 2px 4px; }"
        "QPushButton#forgotButton:hover, QPushButton#registerButton:hover { text-decoration: underline; }"
        "QPushButton#forgotButton:focus, QPushButton#registerButton:focus { border: 1px dotted #1b5aa6; }"
        "QPushButton#forgotButton:disabled, QPushButton#registerButton:disabled { color: #a0a4a8; }"));
}

void UiStyle::pageTitle(QLabel *label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    label->setFont(f);
    label->setStyleSheet(QStringLiteral("color: #1f2d3d;"));
}

void UiStyle::dialogHeadline(QLabel *label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    label->setFont(f);
}

void UiStyle::intro(QLabel *label)
{
    textTone(label, Tone::Secondary);
}

void UiStyle::filterFrame(QFrame *frame)
{
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #f5f7fa; border: 1px solid #e4e7ed; border-radius: 4px; }")
                             .arg(frame->objectName()));
}

void UiStyle::warningFrame(QFrame *frame)
{
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #fdf6ec; border: 1px solid #f5dab1; border-radius: 4px; }"
                                        "QFrame#%1 QLabel { color: #8a5a00; }")
                             .arg(frame->objectName()));
}

void UiStyle::successFrame(QFrame *frame)
{
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #f0f9eb; border: 1px solid #c2e7b0; border-radius: 4px; }")
                             .arg(frame->objectName()));
}

void UiStyle::valueBox(QLabel *label)
{
    label->setStyleSheet(QStringLiteral(
        "QLabel { background: #f5f7fa; border: 1px solid #e4e7ed; border-radius: 4px; padding: 8px 10px; }"));
}

void UiStyle::primaryButton(QPushButton *button)
{
    button->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1b5aa6; color: white; border: 1px solid #1b5aa6; border-radius: 4px;"
        " padding: 5px 14px; }"
        "QPushButton:hover { background: #2f6fbd; }"
        "QPushButton:focus { border: 2px solid #0b3d91; }"
        "QPushButton:disabled { background: #a0b8d8; border-color: #a0b8d8; }"));
}

void UiStyle::dangerButton(QPushButton *button)
{
    button->setStyleSheet(QStringLiteral(
        "QPushButton { color: #c5221f; }"
        "QPushButton:disabled { color: #c0c4cc; }"));
}

void UiStyle::captchaButton(QAbstractButton *button)
{
    button->setStyleSheet(QStringLiteral(
        "QPushButton { border: 1px solid #dcdfe6; border-radius: 3px; padding: 1px; background: white; }"
        "QPushButton:focus { border: 2px solid #1b5aa6; }"));
}

void UiStyle::table(QTableView *view)
{
    view->setStyleSheet(QStringLiteral(
        "QTableView { border: 1px solid #e4e7ed; gridline-color: #ebeef5; selection-background-color: #dbe8fb;"
        " selection-color: #1f2d3d; alternate-background-color: #fafbfc; }"
        "QHeaderView::section { background: #f5f7fa; color: #606266; font-weight: bold; border: none;"
        " border-bottom: 1px solid #e4e7ed; border-right: 1px solid #ebeef5; padding: 6px; }"));
}

void UiStyle::emptyTableText(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #909399; background: transparent;"));
}

void UiStyle::pager(QWidget *pager)
{
    pager->setStyleSheet(QStringLiteral(
        "QToolButton { min-width: 26px; min-height: 24px; border: 1px solid #dcdfe6; border-radius: 3px;"
        " background: white; }"
        "QToolButton:checked { background: #1b5aa6; color: white; border-color: #1b5aa6; }"
        "QToolButton:disabled { color: #c0c4cc; }"
        "QToolButton:hover:!checked { color: #1b5aa6; }"));
}

namespace {
const char ReservedLine[] = "zcReservedLine";

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    const bool reserved = label->property(ReservedLine).toBool();
    if (reserved)
        label->setToolTip(text);   // one line: a longer message is cut, whole in the tooltip
    label->setVisible(!text.isEmpty() || reserved);
}
} // namespace

void UiStyle::reserveMessageLine(QLabel *label)
{
    label->setProperty(ReservedLine, true);
    // One line whatever the text: a wrapped label's height follows its text
    // (and a form layout asks it at the wrong width).
    label->setWordWrap(false);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    const QString text = label->text();
    label->setText(QStringLiteral("中Xg"));   // a line with Chinese in it is taller than a Latin one
    label->setFixedHeight(label->sizeHint().height());
    label->setText(text);
    label->setVisible(true);
}

void UiStyle::keepFieldHeight(QLineEdit *field)
{
    // Measured as fieldError marks it (its own border, and a form's style sheet
    // may style the property), then put back.
    const QString style = field->styleSheet();
    const QVariant property = field->property("zcError");
    const auto heightWhen = [field](bool marked, const QString &sheet) {
        field->setProperty("zcError", marked);
        field->setStyleSheet(sheet);
        field->style()->unpolish(field);
        field->style()->polish(field);
        return field->sizeHint().height();
    };
    const int marked = heightWhen(true, ErrorBorder);
    const int plain = heightWhen(property.toBool(), style);
    field->setMinimumHeight(qMax(plain, marked));
}

void UiStyle::fieldError(QLabel *label, QWidget *field, const QString &text)
{
    textTone(label, Tone::Bad);
    showMessage(label, text);
    if (field) {
        field->setProperty("zcError", !text.isEmpty());
        field->setStyleSheet(text.isEmpty() ? QString() : ErrorBorder);
        field->setAccessibleDescription(text);
    }
}

void UiStyle::errorBorder(QWidget *field)
{
    field->setStyleSheet(ErrorBorder);
}

void UiStyle::fieldHint(QLabel *label, const QString &text)
{
    textTone(label, Tone::Hint);
    showMessage(label, text);
}

void UiStyle::fieldNotice(QLabel *label, const QString &text)
{
    textTone(label, Tone::Good);
    showMessage(label, text);
}

void UiStyle::message(QLabel *label, const QString &text, Message kind)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    messageBox(label, kind);
}

void UiStyle::messageBox(QLabel *label, Message kind)
{
    QString style;
    switch (kind) {
    case Message::Info:
        style = QStringLiteral("color: #1f2d3d; background: #ecf5ff; border: 1px solid #b3d8ff;");
        break;
    case Message::Success:
        style = QStringLiteral("color: #1e6b32; background: #f0f9eb; border: 1px solid #c2e7b0;");
        break;
    case Message::Warning:
        style = QStringLiteral("color: #8a5a00; background: #fdf6ec; border: 1px solid #f5dab1;");
        break;
    case Message::Error:
        style = QStringLiteral("color: #a50e0e; background: #fef0f0; border: 1px solid #fbc4c4;");
        break;
    }
    label->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 6px 10px; }").arg(style));
}

} // namespace zc::ui
