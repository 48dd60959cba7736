#pragma once

#include "sync/ApiTypes.h"
#include "sync/TlsProblem.h"

#include "models/Account.h"
#include "models/ApiError.h"
#include "models/Permission.h"
#include "models/Role.h"
#include "models/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace zc::cli {

// The one place zhaocai-cli writes to standard output and standard error:
// human-readable text and tables (TextTable), or JSON for scripts (--json);
// CSV (CsvWriter) or JSON for exported data; and the wording of every error
// with its exit code.
class Printer
{
    Q_DECLARE_TR_FUNCTIONS(Printer)
public:
    enum class Format { Text, Json };
    enum class DataFormat { Csv, Json };
    // Where a list's page sits in the whole list.
    struct PageInfo
    {
        int total = 0;
        int page = 1;
        int size = 10;
    };
    template <typename T>
    [[nodiscard]] static PageInfo pageInfo(const sync::Page<T> &p)
    {
        return {p.total, p.page, p.size};
    }

    Printer();
    Printer(const Printer &) = delete;
    Printer &operator=(const Printer &) = delete;

    void setFormat(Format format) { m_format = format; }
    [[nodiscard]] bool isJson() const { return m_format == Format::Json; }
    // Permission titles in English (else Chinese).
    void setEnglish(bool english) { m_english = english; }
    [[nodiscard]] bool isEnglish() const { return m_english; }

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }
    void line(const QString &text);       // one line on standard output
    void errLine(const QString &text);    // one line on standard error
    void prompt(const QString &text);     // a question on standard error, without a line break
    void json(const QJsonValue &value);
    void flush();

    // The table when it has rows (nothing at all when it has none).
    void table(const QStringList &header, const QList<QStringList> &rows);
    // A page of a list: {items, total, page, size} (and `extra`) as JSON, or
    // the table and the "N in all, page P of Q" line.
    void page(const QString &what, const QStringList &header, const QList<QStringList> &rows,
              const QJsonArray &items, const PageInfo &info, const QJsonObject &extra = {});
    // Every item of a list (--all): a JSON array, or the table and "N in all".
    void all(const QString &what, const QStringList &header, const QList<QStringList> &rows,
             const QJsonArray &items);
    // page(), or all() when `all`.
    void list(const QString &what, const QStringList &header, const QList<QStringList> &rows,
              const QJsonArray &items, const PageInfo &info, bool all, const QJsonObject &extra = {});
    void accounts(const sync::Page<Account> &page, const QJsonObject &extra = {}, bool all = false);
    void role(const Role &role);
    void session(const Session &session, const QString &heading);
    void permissionTree(const QList<Permission> &nodes, int depth = 0);
    [[nodiscard]] QString permissionTitle(const QString &code) const;

    // Prints the error (and the refused certificates) and returns its exit
    // code; `server` names the server the error came from.
    [[nodiscard]] int error(const ApiError &error, const QList<sync::TlsProblem> &tls, const QString &server);
    // The exit code of an error: network 3, not signed in 4, forbidden 5, keychain 6, else 1.
    [[nodiscard]] static int exitCodeFor(const ApiError &error);

    // Exported records: CSV (with a byte-order mark when asked) or a JSON array.
    [[nodiscard]] static QByteArray records(DataFormat format, const QStringList &header,
                                            const QList<QStringList> &rows, const QJsonArray &items,
                                            bool byteOrderMark);

    [[nodiscard]] static QString humanTime(const QDateTime &t);   // "yyyy-MM-dd HH:mm" UTC, or "-"
    // An account's status and a unit's kind in words (the JSON keeps the codes).
    [[nodiscard]] static QString statusText(Account::Status status);
    [[nodiscard]] static QString kindText(Unit::Kind kind);
    [[nodiscard]] static QString timeText(const QDateTime &t);    // RFC 3339, or empty
    [[nodiscard]] static QString idList(const QList<qint64> &ids);
    [[nodiscard]] static QJsonArray idArray(const QList<qint64> &ids);

private:
    void pageLine(const QString &what, const PageInfo &info, int shown);

    QTextStream m_out;
    QTextStream m_err;
    Format m_format = Format::Text;
    bool m_english = false;
};

} // namespace zc::cli
