#include "CompleteReviewDialog.h"

#include "ui/UiStyle.h"

#include "models/Validators.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zc::ui {

namespace {
constexpr int NoteMax = 500;
} // namespace

CompleteReviewDialog::CompleteReviewDialog(const QString &summary, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("completeReviewDialog"));
    setWindowTitle(tr("Complete the access review"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Are you sure you want to record that this access review is complete? The server "
                                   "keeps it in the audit log with your name, the time and these findings:"),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::messageBox(m_summary, UiStyle::Message::Info);
    layout->addWidget(m_summary);
    auto *noteLabel = new QLabel(tr("&Note (optional, at most %1 characters):").arg(NoteMax), this);
    layout->addWidget(noteLabel);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was decided, what is left for later"));
    m_note->setMinimumHeight(90);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Complete review"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    UiStyle::primaryButton(m_buttons->button(QDialogButtonBox::Ok));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompleteReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CompleteReviewDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CompleteReviewDialog::check);
    resize(520, 360);
    check();
}

CompleteReviewDialog::~CompleteReviewDialog() = default;

QString CompleteReviewDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void CompleteReviewDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString CompleteReviewDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void CompleteReviewDialog::check()
{
    QString error;
    switch (validate::reviewNote(note())) {
    case ValidationError::None: break;
    case ValidationError::TooLong:
        error = tr("The note can have at most %1 characters; it has %2.").arg(NoteMax).arg(validate::codePoints(note()));
        break;
    default: error = tr("The note can hold text and line breaks only (no tabs or other control characters)."); break;
    }
    UiStyle::message(m_error, error, UiStyle::Message::Error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void CompleteReviewDialog::accept()
{
    check();
    if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

} // namespace zc::ui
