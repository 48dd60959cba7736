#pragma once

#include <QCoreApplication>
#include <QString>

namespace zc::ui {

// Says what is wrong with one of the legal-person details of 法人注册 — the
// unified social credit code ("uscc"), the unit's name ("unit_name"), the
// legal representative's name ("legal_rep_name") and resident ID number
// ("legal_rep_id_number") — from zc::validate's verdict, in a sentence that
// tells the person what to look for. Empty when the value is fine.
class LegalPersonWording
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::LegalPersonWording)
public:
    [[nodiscard]] static QString problem(const QString &field, const QString &text);
};

} // namespace zc::ui
