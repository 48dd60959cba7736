#pragma once

#include <QComboBox>

namespace zc::sync {
class ApiClient;
}

namespace zc::ui {

// 简体中文 / English, each named in itself (whoever cannot read one finds
// the other): choosing one applies it at once — translations, the server's
// messages (Accept-Language) and the stored setting — and every open window
// gets LanguageChange.
class LanguageSwitch : public QComboBox
{
    Q_OBJECT
public:
    explicit LanguageSwitch(QWidget *parent = nullptr);

    // The client whose Accept-Language follows the switch (may be null).
    void setClient(sync::ApiClient *client);

Q_SIGNALS:
    // Another language was chosen here and is applied already.
    void languageChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void showCurrent();

    sync::ApiClient *m_client = nullptr;
};

} // namespace zc::ui
