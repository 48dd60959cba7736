#pragma once

#include "ui/login/SessionStepDialog.h"

#include <QScopedPointer>

namespace zc::ui {

namespace Ui {
class UnitChoiceDialog;
}

// 选择登录单位: a phone that is a handler of several units picks the unit for
// this session (POST /sessions/current/unit). Accepted with the Session the
// server returns; the caller moves on to the next gate with it.
class UnitChoiceDialog : public SessionStepDialog
{
    Q_OBJECT
public:
    UnitChoiceDialog(sync::ApiClient *client, const Session &session, QWidget *parent = nullptr);
    ~UnitChoiceDialog() override;

    // Selects the option with this id (tests, keyboard-less use); false when there is none.
    bool selectUnit(qint64 unitId);

    // A unit kind in words (医疗机构, 生产企业, 配送企业, or "not authenticated yet").
    [[nodiscard]] static QString kindText(Unit::Kind kind);

private:
    void choose();
    void updateButtons() override;

    QScopedPointer<Ui::UnitChoiceDialog> m_ui;
};

} // namespace zc::ui
