#pragma once

class QFrame;
class QLabel;
class QPushButton;
class QString;
class QWidget;

namespace zc::ui {

// The look shared by the working pages and their dialogs (the portal's
// light boxes, blue primary buttons, red inline errors), in one place so
// that every screen says things the same way.
class UiStyle
{
public:
    enum class Message { Info, Success, Warning, Error };
    // Text that carries a meaning: a check passed, a caution, an error, a grey hint.
    enum class Tone { Good, Caution, Bad, Hint };

    static void pageTitle(QLabel *label);
    static void dialogHeadline(QLabel *label);
    static void intro(QLabel *label);
    static void filterFrame(QFrame *frame);
    static void warningFrame(QFrame *frame);
    static void primaryButton(QPushButton *button);
    static void dangerButton(QPushButton *button);
    // Shows `text` under a field in red and marks the field; empty text clears both.
    static void fieldError(QLabel *label, QWidget *field, const QString &text);
    // A hint under a field in grey (not an error); empty hides it.
    static void fieldHint(QLabel *label, const QString &text);
    // A message line above a table or the buttons; empty text hides it.
    static void message(QLabel *label, const QString &text, Message kind);
    // Colours the widget's text by its meaning.
    static void textTone(QWidget *widget, Tone tone);
};

} // namespace zc::ui
