#include "TlsProblemDialog.h"
#include "ui_TlsProblemDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>

namespace zc::ui {

namespace {
QString formatTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

TlsProblemDialog::TlsProblemDialog(const QList<sync::TlsProblem> &problems, const QString &serverName,
                                   QWidget *parent)
    : QDialog(parent), m_ui(new Ui::TlsProblemDialog), m_problems(problems)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/shield-alert.svg")).pixmap(48, 48));
    m_ui->headlineLabel->setText(tr("No secure connection to “%1”").arg(serverName));
    QFont headline = m_ui->headlineLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.25);
    headline.setBold(true);
    m_ui->headlineLabel->setFont(headline);

    m_ui->reasonsLabel->setText(reasonsText());

    const sync::TlsProblem first = problems.isEmpty() ? sync::TlsProblem{} : problems.first();
    m_ui->subjectLabel->setText(first.subject.isEmpty() ? tr("(unknown)") : first.subject);
    m_ui->issuerLabel->setText(first.issuer.isEmpty() ? tr("(unknown)") : first.issuer);
    m_ui->namesLabel->setText(first.names.isEmpty() ? tr("(none)") : first.names.join(QStringLiteral(", ")));
    if (first.notBefore.isValid() || first.notAfter.isValid())
        m_ui->validityLabel->setText(tr("%1 to %2").arg(formatTime(first.notBefore), formatTime(first.notAfter)));
    else
        m_ui->validityLabel->setText(tr("(unknown)"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fingerprintLabel->setFont(mono);
    m_ui->fingerprintLabel->setText(first.sha256.isEmpty() ? tr("(unknown)") : first.sha256);
    m_ui->copyButton->setEnabled(!first.sha256.isEmpty());

    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &TlsProblemDialog::copyFingerprint);
    connect(m_ui->manageServersButton, &QPushButton::clicked, this, &TlsProblemDialog::manageServersRequested);
    connect(m_ui->manageServersButton, &QPushButton::clicked, this, &QDialog::accept);
}

TlsProblemDialog::~TlsProblemDialog() = default;

QString TlsProblemDialog::reason(const sync::TlsProblem &p)
{
    using Kind = sync::TlsProblem::Kind;
    switch (p.kind) {
    case Kind::UntrustedIssuer:
        return tr("The certificate authority is not trusted: ask your IT department for this server's CA certificate "
                  "and add it under “Manage servers”.");
    case Kind::HostNameMismatch:
        return tr("The certificate was issued for %1, not for the address you connect to (%2): check the server "
                  "address in the server profile.")
            .arg(p.names.isEmpty() ? p.subject : p.names.join(QStringLiteral(", ")), p.host);
    case Kind::Expired:
        return tr("The certificate expired on %1: ask the server's administrator to renew it, and check that this "
                  "computer's date is right.")
            .arg(formatTime(p.notAfter));
    case Kind::NotYetValid:
        return tr("The certificate is valid only from %1: check this computer's date and time.")
            .arg(formatTime(p.notBefore));
    case Kind::Revoked:
        return tr("The certificate has been revoked: do not use this server until its administrator replaces the "
                  "certificate.");
    case Kind::Other:
        break;
    }
    return tr("The certificate could not be verified (%1): contact your IT department.").arg(p.detail);
}

QString TlsProblemDialog::fingerprint() const
{
    return m_ui->fingerprintLabel->text();
}

QString TlsProblemDialog::reasonsText() const
{
    QStringList lines;
    for (const auto &p : std::as_const(m_problems)) {
        const QString line = QStringLiteral("• ") + reason(p);
        if (!lines.contains(line))
            lines << line;
    }
    if (lines.isEmpty())
        lines << QStringLiteral("• ") + reason(sync::TlsProblem{});
    return lines.join(QLatin1Char('\n'));
}

void TlsProblemDialog::copyFingerprint()
{
    // A fingerprint is not a secret; plain text is fine.
    QGuiApplication::clipboard()->setText(m_ui->fingerprintLabel->text());
}

} // namespace zc::ui
