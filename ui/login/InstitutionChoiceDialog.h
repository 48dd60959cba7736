#pragma once

#include "models/Session.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace zc::sync {
class ApiClient;
class ApiJob;
}

namespace zc::ui {

namespace Ui {
class InstitutionChoiceDialog;
}

// 选择医疗机构: a medical-institution handler whose unit's USCC maps to several
// institutions picks one, once and for ever (POST /sessions/current/institution).
// The choice is confirmed first, repeating the institution's name and code,
// because it cannot be changed. Accepted with the Session the server returns.
class InstitutionChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    InstitutionChoiceDialog(sync::ApiClient *client, const Session &session, QWidget *parent = nullptr);
    ~InstitutionChoiceDialog() override;

    [[nodiscard]] const Session &session() const { return m_session; }
    bool selectInstitution(qint64 institutionId);
    void setFilterText(const QString &text);
    [[nodiscard]] int visibleCount() const;
    [[nodiscard]] QString errorText() const;

    void reject() override;

private:
    void choose();
    void send(const Institution &institution);
    void continueAfterConflict();
    void updateButtons();
    [[nodiscard]] std::optional<Institution> current() const;

    QScopedPointer<Ui::InstitutionChoiceDialog> m_ui;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::ApiJob> m_job;
    Session m_session;
    bool m_alreadyChosen = false;
};

} // namespace zc::ui
