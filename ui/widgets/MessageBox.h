#pragma once

#include <QMessageBox>

namespace zc::ui {

// Every confirmation and notice of the client goes through here so tests can
// answer it: setNextAnswer(button) makes the next call return that button at
// once, without showing anything (as KeePassXC does).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);

    // The answer of the next question/warning/information call; NoButton to show boxes again.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // What the last call asked (for tests that check the wording).
    [[nodiscard]] static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace zc::ui
