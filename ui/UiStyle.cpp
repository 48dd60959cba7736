#include "UiStyle.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QString>
#include <QVariant>

namespace zc::ui {

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
    label->setStyleSheet(QStringLiteral("color: #606266;"));
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

void UiStyle::fieldError(QLabel *label, QWidget *field, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: #c5221f;"));
    label->setVisible(!text.isEmpty());
    if (field) {
        field->setProperty("zcError", !text.isEmpty());
        field->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c5221f; border-radius: 3px;"));
        field->setAccessibleDescription(text);
    }
}

void UiStyle::fieldHint(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: #909399;"));
    label->setVisible(!text.isEmpty());
}

void UiStyle::textTone(QWidget *widget, Tone tone)
{
    switch (tone) {
    case Tone::Good: widget->setStyleSheet(QStringLiteral("color: #137333;")); break;
    case Tone::Caution: widget->setStyleSheet(QStringLiteral("color: #8a5a00;")); break;
    case Tone::Bad: widget->setStyleSheet(QStringLiteral("color: #c5221f;")); break;
    case Tone::Hint: widget->setStyleSheet(QStringLiteral("color: #909399;")); break;
    }
}

void UiStyle::message(QLabel *label, const QString &text, Message kind)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
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
