#pragma once

#include "sync/TlsProblem.h"

#include <QDialog>
#include <QScopedPointer>

namespace zc::ui {

namespace Ui {
class TlsProblemDialog;
}

// Explains why the server's certificate was refused, in words a clerk can act
// on: which certificate (subject, issuer, names, validity, SHA-256
// fingerprint as selectable text) and what to do about it. It deliberately
// has no "trust anyway": the only ways forward are fixing the server profile
// (Manage servers…) or the server.
class TlsProblemDialog : public QDialog
{
    Q_OBJECT
public:
    TlsProblemDialog(const QList<sync::TlsProblem> &problems, const QString &serverName, QWidget *parent = nullptr);
    ~TlsProblemDialog() override;

    // One translated sentence per problem.
    [[nodiscard]] static QString reason(const sync::TlsProblem &problem);
    [[nodiscard]] QString fingerprint() const;
    [[nodiscard]] QString reasonsText() const;

Q_SIGNALS:
    void manageServersRequested();

private:
    void copyFingerprint();

    QScopedPointer<Ui::TlsProblemDialog> m_ui;
    QList<sync::TlsProblem> m_problems;
};

} // namespace zc::ui
