#pragma once

#include "sync/ApiTypes.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QStackedWidget;

namespace zc::sync {
class ApiJob;
class Workspace;
}

namespace zc::ui {

class BusyBar;
class WorkspaceModels;

// 离职处理 for one handler, in two steps. First it says exactly what will
// happen: the account is disabled, each of its roles (named) is removed, its
// sessions end. 确定办理 sends POST /handlers/{id}/offboarding through the
// workspace's write path; the dialog then shows what the server did (the
// roles it removed, the sessions it ended, or that nothing was left to do)
// as text that can be copied or printed. A refusal stays in the dialog.
class OffboardingDialog : public QDialog
{
    Q_OBJECT
public:
    OffboardingDialog(WorkspaceModels *models, sync::Workspace *workspace, qint64 accountId,
                      QWidget *parent = nullptr);
    ~OffboardingDialog() override;

    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] QString plan() const;          // the confirmation's text
    [[nodiscard]] QString summary() const;       // after: the report's text, empty before
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] const std::optional<sync::Offboarding> &result() const { return m_result; }

    void confirm();                              // 确定办理
    void copySummary() const;                    // 复制
    void printSummary();                         // 打印…: a print dialog
    bool printTo(QPrinter *printer) const;       // the summary on `printer` (also a PDF)

    // Closes, except while the request runs: its outcome must be shown.
    void reject() override;

Q_SIGNALS:
    void offboarded(const zc::sync::Offboarding &result);

private:
    void showResult(const sync::Offboarding &result);
    [[nodiscard]] QString reportText(const sync::Offboarding &result) const;

    QPointer<WorkspaceModels> m_models;
    QPointer<sync::Workspace> m_workspace;
    qint64 m_accountId = 0;
    QString m_who;                               // 周敏（188****3711）
    QStringList m_roleNames;                     // as the cache has them, for the plan
    QStackedWidget *m_pages = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_error = nullptr;
    BusyBar *m_busy = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_print = nullptr;
    QPointer<sync::ApiJob> m_job;
    std::optional<sync::Offboarding> m_result;
    QDateTime m_doneAt;
};

} // namespace zc::ui
