#pragma once

#include "ui/login/SessionStepDialog.h"

#include <QScopedPointer>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace zc::ui {

namespace Ui {
class InstitutionChoiceDialog;
}

// 选择医疗机构: a medical-institution handler whose unit's USCC maps to several
// institutions picks one, once and for ever (POST /sessions/current/institution).
// The choice is confirmed first, repeating the institution's name and code,
// because it cannot be changed. Accepted with the Session the server returns.
class InstitutionChoiceDialog : public SessionStepDialog
{
    Q_OBJECT
public:
    InstitutionChoiceDialog(sync::ApiClient *client, const Session &session, QWidget *parent = nullptr);
    ~InstitutionChoiceDialog() override;

    bool selectInstitution(qint64 institutionId);
    void setFilterText(const QString &text);
    [[nodiscard]] int visibleCount() const;

private:
    void choose();
    void updateButtons() override;
    [[nodiscard]] std::optional<Institution> current() const;

    QScopedPointer<Ui::InstitutionChoiceDialog> m_ui;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    bool m_alreadyChosen = false;
};

} // namespace zc::ui
