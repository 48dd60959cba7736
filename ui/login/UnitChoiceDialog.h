#pragma once

#include "models/Session.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace zc::sync {
class ApiClient;
class ApiJob;
}

namespace zc::ui {

namespace Ui {
class UnitChoiceDialog;
}

// 选择登录单位: a phone that is a handler of several units picks the unit for
// this session (POST /sessions/current/unit). Accepted with the Session the
// server returns; the caller moves on to the next gate with it.
class UnitChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    UnitChoiceDialog(sync::ApiClient *client, const Session &session, QWidget *parent = nullptr);
    ~UnitChoiceDialog() override;

    [[nodiscard]] const Session &session() const { return m_session; }
    // Selects the option with this id (tests, keyboard-less use); false when there is none.
    bool selectUnit(qint64 unitId);
    [[nodiscard]] QString errorText() const;

    // A unit kind in words (医疗机构, 生产企业, 配送企业, or "not authenticated yet").
    [[nodiscard]] static QString kindText(Unit::Kind kind);

    void reject() override;

private:
    void choose();
    void updateButtons();

    QScopedPointer<Ui::UnitChoiceDialog> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::ApiJob> m_job;
    Session m_session;
};

} // namespace zc::ui
