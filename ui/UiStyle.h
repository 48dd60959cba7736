#pragma once

#include <QColor>

class QAbstractButton;
class QDialog;
class QFrame;
class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QString;
class QTableView;
class QWidget;

namespace zc::ui {

// The client's look (the portal's light boxes, blue primary buttons, red
// inline errors): every colour and style sheet the widgets use is here, so
// that every screen says things the same way and a change of look is made
// once. Widgets call these and never name a colour themselves.
class UiStyle
{
public:
    enum class Message { Info, Success, Warning, Error };
    // Text that carries a meaning: a check passed, a caution, an error, a
    // grey hint, secondary text, a link, something that cannot be used now.
    enum class Tone { Good, Caution, Bad, Hint, Secondary, Link, Disabled };

    [[nodiscard]] static QColor colour(Tone tone);
    // Colours the widget's text by its meaning.
    static void textTone(QWidget *widget, Tone tone);

    // Whole screens.
    static void mainWindow(QMainWindow *window);
    static void loginDialog(QDialog *dialog);

    static void pageTitle(QLabel *label);
    static void dialogHeadline(QLabel *label);
    static void intro(QLabel *label);
    static void filterFrame(QFrame *frame);
    static void warningFrame(QFrame *frame);
    static void successFrame(QFrame *frame);
    // A read-only value shown in a light box (e.g. the unit a server verified).
    static void valueBox(QLabel *label);
    static void primaryButton(QPushButton *button);
    static void dangerButton(QPushButton *button);
    // A clickable captcha image.
    static void captchaButton(QAbstractButton *button);
    // The portal's tables and their paging bar.
    static void table(QTableView *view);
    static void emptyTableText(QLabel *label);
    static void pager(QWidget *pager);

    // Shows `text` under a field in red and marks the field; empty text clears both.
    static void fieldError(QLabel *label, QWidget *field, const QString &text);
    // Keeps the label's line on screen while it is empty, so that a message
    // coming or going moves nothing under the mouse (the SMS forms, whose
    // 获取验证码 sits under such lines). fieldError and fieldHint keep it shown.
    static void reserveMessageLine(QLabel *label);
    // Gives the field the height it has when marked in red, so that marking it
    // moves nothing either.
    static void keepFieldHeight(QLineEdit *field);
    // Marks a field in red without a sentence of its own (one said for several fields).
    static void errorBorder(QWidget *field);
    // A hint under a field in grey (not an error); empty hides it.
    static void fieldHint(QLabel *label, const QString &text);
    // Good news under a field in green (a code was sent); empty hides it.
    static void fieldNotice(QLabel *label, const QString &text);
    // A message line above a table or the buttons; empty text hides it.
    static void message(QLabel *label, const QString &text, Message kind);
    // The coloured box of message() around a label whose text is set elsewhere.
    static void messageBox(QLabel *label, Message kind);
};

} // namespace zc::ui
