#include "models/StrictJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <limits>
#include <vector>

namespace zc::StrictJson {

namespace {

using Json = nlohmann::json;

// Builds Qt's JSON types from the parser's events, refusing what the parser
// itself lets through: duplicate keys, out-of-range integers, deep nesting.
class Builder final : public nlohmann::json_sax<Json>
{
public:
    bool null() override { return add(QJsonValue(QJsonValue::Null)); }
    bool boolean(bool v) override { return add(QJsonValue(v)); }
    bool number_integer(number_integer_t v) override { return add(QJsonValue(qint64(v))); }
    bool number_unsigned(number_unsigned_t v) override
    {
        if (v > number_unsigned_t(std::numeric_limits<qint64>::max()))
            return fail(QStringLiteral("integer %1 is out of range").arg(v));
        return add(QJsonValue(qint64(v)));
    }
    bool number_float(number_float_t v, const string_t &text) override
    {
        // An integer literal lands here when it does not fit 64 bits: refused,
        // rather than read as a double that is not the number written.
        if (text.find_first_of(".eE") == string_t::npos)
            return fail(QStringLiteral("integer %1 is out of range").arg(QString::fromStdString(text)));
        return add(QJsonValue(double(v)));
    }
    bool string(string_t &v) override { return add(QJsonValue(QString::fromUtf8(v.data(), qsizetype(v.size())))); }
    bool binary(binary_t &) override { return fail(QStringLiteral("binary values are not JSON")); }

    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t &k) override
    {
        Frame &top = m_stack.back();
        top.key = QString::fromUtf8(k.data(), qsizetype(k.size()));
        if (top.object.contains(top.key))
            return fail(QStringLiteral("duplicate key \"%1\"").arg(top.key));
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e) override
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("at byte %1: %2").arg(position).arg(QString::fromUtf8(e.what()));
        return false;
    }

    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QJsonValue &result() const { return m_root; }

private:
    struct Frame
    {
        bool isObject = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    bool add(const QJsonValue &v)
    {
        if (m_stack.empty()) {
            m_root = v;
            return true;
        }
        Frame &top = m_stack.back();
        if (top.isObject)
            top.object.insert(top.key, v);
        else
            top.array.append(v);
        return true;
    }

    bool open(bool isObject)
    {
        if (int(m_stack.size()) >= MaxDepth)
            return fail(QStringLiteral("nested deeper than %1 levels").arg(MaxDepth));
        m_stack.push_back(Frame{isObject, {}, {}, {}});
        return true;
    }

    bool close()
    {
        Frame done = std::move(m_stack.back());
        m_stack.pop_back();
        return add(done.isObject ? QJsonValue(done.object) : QJsonValue(done.array));
    }

    std::vector<Frame> m_stack;
    QJsonValue m_root;
    QString m_error;
};

} // namespace

std::optional<QJsonValue> parseValue(const QByteArray &text, QString *why)
{
    // No raw NUL can be in JSON (in a string it must be escaped), and the
    // parser would take one for the end of its input.
    if (text.contains('\0')) {
        if (why)
            *why = QStringLiteral("at byte %1: a NUL byte").arg(text.indexOf('\0'));
        return std::nullopt;
    }
    Builder builder;
    bool ok = false;
    try {
        ok = Json::sax_parse(text.cbegin(), text.cend(), &builder, nlohmann::json::input_format_t::json, true);
    } catch (const std::exception &e) {   // not expected: the builder reports errors by returning false
        if (why)
            *why = QString::fromUtf8(e.what());
        return std::nullopt;
    }
    if (!ok) {
        if (why)
            *why = builder.error().isEmpty() ? QStringLiteral("not JSON") : builder.error();
        return std::nullopt;
    }
    return builder.result();
}

std::optional<QJsonDocument> parseDocument(const QByteArray &text, QString *why)
{
    const std::optional<QJsonValue> v = parseValue(text, why);
    if (!v)
        return std::nullopt;
    if (v->isObject())
        return QJsonDocument(v->toObject());
    if (v->isArray())
        return QJsonDocument(v->toArray());
    if (why)
        *why = QStringLiteral("expected an object or an array");
    return std::nullopt;
}

} // namespace zc::StrictJson
