#pragma once

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// The bearer token a script hands zhaocai-cli instead of a remembered
// session: --token-file FILE (the file holds the token; surrounding
// whitespace is dropped) or else $ZC_TOKEN. Usually an API token (zcat_…,
// 接口管理), though any token the server accepts works. With one, the keychain
// is never touched and no captcha is asked. A token file that others could
// read or write is refused, as ssh refuses such a private key.
class TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(TokenSource)
public:
    enum class Kind { None, Environment, File };

    // Reads the token from --token-file `file` (when not empty) or $ZC_TOKEN.
    // False with *error set (a sentence for the user) when the one given is
    // not usable: unreadable, open to others, empty, or not one token.
    [[nodiscard]] bool read(const QString &file, QString *error);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isSet() const { return m_kind != Kind::None; }
    [[nodiscard]] const QString &token() const { return m_token; }
    [[nodiscard]] const QString &file() const { return m_file; }
    // Where the token came from, for messages: "ZC_TOKEN" or "--token-file FILE".
    [[nodiscard]] QString describe() const;

    // The environment variable's name.
    [[nodiscard]] static QString environmentVariable();

private:
    [[nodiscard]] bool readFile(const QString &file, QString *error);
    [[nodiscard]] static bool isOneToken(const QString &token);

    Kind m_kind = Kind::None;
    QString m_token;
    QString m_file;
};

} // namespace zc::cli
