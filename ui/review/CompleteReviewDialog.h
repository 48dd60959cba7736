#pragma once

#include <QDialog>
#include <QMap>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace zc::ui {

// 完成审查's question: what will be recorded (the threshold and the count of
// each kind, by the page's titles) and an optional note (备注, at most 500
// characters). Accepted only with a note the server takes; the page posts it.
class CompleteReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `summary`: the findings as the page words them.
    CompleteReviewDialog(const QString &summary, QWidget *parent = nullptr);
    ~CompleteReviewDialog() override;

    [[nodiscard]] QString note() const;
    void setNote(const QString &note);
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    void check();

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zc::ui
