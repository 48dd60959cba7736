#include "Populator.h"

#include "models/PermissionCatalog.h"
#include "models/Validators.h"
#include "server/storage/ChangeStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

namespace zc::bench {

namespace {

using server::Database;

constexpr qint64 DayMs = 24LL * 3600 * 1000;

const char UsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";   // GB 32100-2015: no I O Z S V

QChar usccCheckCharacter(const QString &first17)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const char *at = std::strchr(UsccAlphabet, first17.at(i).toLatin1());
        sum += int(at - UsccAlphabet) * weights[i];
    }
    const int c = (31 - sum % 31) % 31;
    return QLatin1Char(UsccAlphabet[c]);
}

QChar organisationCheckCharacter(const QString &body8)
{
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        sum += (c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10) * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QLatin1Char('X') : check == 11 ? QLatin1Char('0') : QLatin1Char(char('0' + check));
}

QChar residentIdCheckCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QStringList chars(const char *utf8)
{
    QStringList out;
    const QString s = QString::fromUtf8(utf8);
    for (const QChar c : s)
        out.append(QString(c));
    return out;
}

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct Region
{
    const char *code;
    const char *city;
};

const Region Regions[] = {
    {"150100", "呼和浩特市"}, {"150200", "包头市"}, {"150400", "赤峰市"}, {"150600", "鄂尔多斯市"},
    {"152500", "锡林郭勒盟"}, {"320100", "南京市"}, {"320200", "无锡市"}, {"320300", "徐州市"},
    {"320400", "常州市"},     {"320500", "苏州市"}, {"320600", "南通市"}, {"321000", "扬州市"},
};
constexpr int RegionCount = int(sizeof(Regions) / sizeof(Regions[0]));

const char *const Kinds[] = {"medical_institution", "manufacturer", "distributor"};

// Deterministic generator of realistic values (names, phones, codes, times).
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed),
          m_surnames(chars("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                           "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤")),
          m_given(chars("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰建华文辉玲鹏晶红燕丹宇浩凯健俊帆旭宁龙林欣婷雪琳"
                        "晨晓峰波斌宏鑫海成亮春梅云莉颖倩佳琪欢新蕾萍荣坤飞博志阳冬雨璐瑶怡思嘉子一梓涵诗雅轩泽睿昊然可依铭")),
          m_departments(words("药品采购 耗材采购 配送管理 挂网管理 结算对账 合同管理 基础设置 账号管理 质量管理 信息维护 "
                              "库存管理 议价谈判 价格监测 带量采购 备案采购 发票管理")),
          m_duties(words("经办岗 审核岗 复核岗 查询岗 管理员 主管 专员 联络员")),
          m_remarks(words("负责日常采购订单 负责配送确认与验收 负责挂网信息维护 负责结算与对账 仅查询 "
                          "科室二级库使用 集团统一配置 临时岗位，季度复核")),
          m_hospitals(words("第一人民医院 第二人民医院 中医医院 妇幼保健院 中心医院 第三医院 口腔医院 肿瘤医院 儿童医院 "
                            "人民医院 蒙医医院 精神卫生中心 传染病医院 眼科医院")),
          m_brands(words("康泰 华润 恒瑞 金陵 正大 天士 同仁 扬子江 济川 先声 豪森 康缘 九州 国药 华东 北方 草原 长江 金桥 通达")),
          m_makers(words("制药有限公司 药业股份有限公司 医疗器械有限公司 生物科技有限公司")),
          m_dealers(words("医药配送有限公司 医药物流有限公司 医药有限公司 医疗供应链有限公司"))
    {
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    bool chance(double p) { return unit() < p; }
    // An index in [0, n) favouring the low end (common surnames, popular roles).
    int skewed(int n, double power) { return std::min(n - 1, int(std::pow(unit(), power) * n)); }

    QString personName()
    {
        QString name = m_surnames.at(skewed(int(m_surnames.size()), 1.8));
        const int given = chance(0.35) ? 1 : 2;
        for (int i = 0; i < given; ++i)
            name += m_given.at(uniform(0, int(m_given.size()) - 1));
        return name;
    }

    // ^1[3-9]\d{9}$, unique per n: prefix by n, the rest a bijection of n (odd multiplier, not of 5).
    static QString phone(qint64 n)
    {
        static const int prefixes[] = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156,
                                       157, 158, 159, 166, 173, 176, 177, 180, 181, 182, 183, 185, 186, 187, 188,
                                       189, 198, 199};
        constexpr qint64 count = qint64(sizeof(prefixes) / sizeof(prefixes[0]));
        const qint64 k = n / count;
        const qint64 rest = (k * 7919 + 40511) % 100000000;
        return QStringLiteral("%1%2").arg(prefixes[n % count]).arg(rest, 8, 10, QLatin1Char('0'));
    }

    QString roleName(int i) const
    {
        const int combos = int(m_departments.size() * m_duties.size());
        const int combo = i % combos;
        const int round = i / combos;
        QString name = m_departments.at(combo / m_duties.size()) + m_duties.at(combo % m_duties.size());
        if (round > 0)
            name += QString::number(round + 1);
        return name;
    }

    QString remark() { return chance(0.4) ? QStringLiteral("") : m_remarks.at(uniform(0, int(m_remarks.size()) - 1)); }

    QString unitName(const QString &kind, const QString &city, int i)
    {
        if (kind == QLatin1String("medical_institution"))
            return city + m_hospitals.at(i % m_hospitals.size())
                + (i >= m_hospitals.size() ? QStringLiteral("（%1院区）").arg(i / m_hospitals.size() + 1) : QString());
        const QString brand = m_brands.at(uniform(0, int(m_brands.size()) - 1));
        const QStringList &suffixes = kind == QLatin1String("manufacturer") ? m_makers : m_dealers;
        return city + brand + suffixes.at(uniform(0, int(suffixes.size()) - 1));
    }

    // Registration department + kind, the region, a 9-char organisation code
    // (GB 11714: 8 characters unique by n and their check character), the check character.
    static QString uscc(const QString &kind, const char *region, int n)
    {
        QString s = kind == QLatin1String("medical_institution") ? QStringLiteral("12") : QStringLiteral("91");
        s += QLatin1String(region);
        QString body = QStringLiteral("MA");
        QString code;
        int v = n * 7919 + 104729;   // 6 alphabet characters of a number unique by n
        for (int i = 0; i < 6; ++i) {
            code.prepend(QLatin1Char(UsccAlphabet[v % 31]));
            v /= 31;
        }
        body += code;
        s += body + organisationCheckCharacter(body);
        return s + usccCheckCharacter(s);
    }

    QString residentId(const char *region)
    {
        const QDate birth = QDate(1960, 1, 1).addDays(uniform(0, 40 * 365));
        QString s = QLatin1String(region) + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(uniform(0, 999), 3, 10, QLatin1Char('0'));
        return s + residentIdCheckCharacter(s);
    }

    // A time in the last `days` days before now (ms).
    qint64 pastTime(qint64 now, int days) { return now - qint64(unit() * days * DayMs); }

    QStringList permissions(const QStringList &leaves)
    {
        const int n = uniform(2, 10);
        QStringList picked;
        for (int i = 0; i < n; ++i)
            picked.append(leaves.at(uniform(0, int(leaves.size()) - 1)));
        return PermissionCatalog::builtIn().expand(picked);   // de-duplicated, in tree order
    }

private:
    std::mt19937 m_rng;
    QStringList m_surnames, m_given, m_departments, m_duties, m_remarks, m_hospitals, m_brands, m_makers, m_dealers;
};

struct UnitShape
{
    QString key;      // manifest key, or empty for an anonymous unit
    QString login;
    int handlers = 0;
    int roles = 0;
};

} // namespace

QJsonObject PopulateOptions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("units"), units},
        {QStringLiteral("big_handlers"), bigHandlers},
        {QStringLiteral("big_roles"), bigRoles},
        {QStringLiteral("roles_unit_roles"), rolesUnitRoles},
        {QStringLiteral("roles_unit_handlers"), rolesUnitHandlers},
        {QStringLiteral("handlers_unit_handlers"), handlersUnitHandlers},
        {QStringLiteral("handlers_unit_roles"), handlersUnitRoles},
        {QStringLiteral("small_handlers"), QJsonArray{smallMinHandlers, smallMaxHandlers}},
        {QStringLiteral("small_roles"), QJsonArray{smallMinRoles, smallMaxRoles}},
        {QStringLiteral("seed"), qint64(seed)},
        // Bumped whenever the generator writes different data for the same options.
        {QStringLiteral("generator_version"), 2},
    };
}

bool PopulateOptions::check(QString *why) const
{
    const auto bad = [why](const QString &text) {
        *why = text;
        return false;
    };
    if (units < 3 || units > 100000)
        return bad(QStringLiteral("--units must be 3..100000 (the three named units are included)"));
    for (const int n : {bigHandlers, rolesUnitHandlers, handlersUnitHandlers, smallMinHandlers, smallMaxHandlers}) {
        if (n < 0 || n > 5000000)
            return bad(QStringLiteral("handler counts must be 0..5000000"));
    }
    for (const int n : {bigRoles, rolesUnitRoles, handlersUnitRoles, smallMinRoles, smallMaxRoles}) {
        if (n < 0 || n > 1000000)
            return bad(QStringLiteral("role counts must be 0..1000000"));
    }
    if (smallMinHandlers > smallMaxHandlers || smallMinRoles > smallMaxRoles)
        return bad(QStringLiteral("small unit ranges must have min <= max"));
    if (validate::password(password) != ValidationError::None)
        return bad(QStringLiteral("--password is not a valid password (8..64, 3 character classes)"));
    return true;
}

bool Populator::run(const QString &passwordHash, PopulateSummary *summary, QString *error)
{
    const PopulateOptions &o = m_options;
    Generator gen(o.seed);
    const QStringList leaves = PermissionCatalog::builtIn().leaves();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PopulateSummary s;
    QString why;
    qint64 phoneCounter = 0;

    std::vector<UnitShape> shapes;
    shapes.push_back({QStringLiteral("big"), QStringLiteral("bench_big"), o.bigHandlers, o.bigRoles});
    shapes.push_back({QStringLiteral("roles50"), QStringLiteral("bench_roles50"), o.rolesUnitHandlers, o.rolesUnitRoles});
    shapes.push_back({QStringLiteral("handlers1000"), QStringLiteral("bench_handlers1000"), o.handlersUnitHandlers,
                      o.handlersUnitRoles});
    for (int u = 3; u < o.units; ++u) {
        shapes.push_back({QString(), QStringLiteral("bench_u%1").arg(u, 5, 10, QLatin1Char('0')),
                          gen.uniform(o.smallMinHandlers, o.smallMaxHandlers),
                          gen.uniform(o.smallMinRoles, o.smallMaxRoles)});
    }

    // Every generated value passes the shared validators (a generator bug fails loudly here).
    const auto valid = [&why](ValidationError e, const QString &what, const QString &value) {
        if (e == ValidationError::None)
            return true;
        why = QStringLiteral("generated %1 %2 is invalid: %3").arg(what, value, validationErrorName(e));
        return false;
    };
    const auto exec = [&](const QString &sql, const QVariantList &binds) {
        if (m_db.run(sql, binds))
            return true;
        why = QStringLiteral("statement failed: %1").arg(sql.left(60));
        return false;
    };
    const auto insertId = [&](const QString &sql, const QVariantList &binds, qint64 *id) {
        const auto rows = m_db.run(sql, binds);
        if (!rows || rows->isEmpty()) {
            why = QStringLiteral("insert failed: %1").arg(sql.left(60));
            return false;
        }
        *id = rows->scalar().toLongLong();
        return true;
    };

    const QString insertLegalPerson = QStringLiteral(
        "INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number) VALUES (?, ?, ?, ?)");
    const QString insertInsuranceUnit =
        QStringLiteral("INSERT INTO insurance_units (unit_code, uscc, kind) VALUES (?, ?, ?)");
    const QString insertUnit = QStringLiteral(
        "INSERT INTO units (uscc, name, kind, unit_code, verified, region, registration_method, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 1, ?, 'legal_person_db', ?, ?) RETURNING id");
    const QString insertMainCredential = QStringLiteral(
        "INSERT INTO credentials (phone, password_hash, password_change_required, created_at, updated_at)"
        " VALUES (NULL, ?, 0, ?, ?) RETURNING id");
    const QString insertCredential = QStringLiteral(
        "INSERT INTO credentials (phone, password_hash, password_change_required, created_at, updated_at)"
        " VALUES (?, ?, 0, ?, ?) RETURNING id");
    const QString insertAccount = QStringLiteral(
        "INSERT INTO accounts (unit_id, kind, login, name, name_key, phone, credential_id, status, created_at,"
        " updated_at, last_login_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    const QString insertRole = QStringLiteral(
        "INSERT INTO roles (unit_id, name, name_key, remark, created_by, created_by_id, created_by_name, created_at,"
        " updated_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    const QString insertPermission = QStringLiteral("INSERT INTO role_permissions (role_id, code) VALUES (?, ?)");
    const QString insertAssignment =
        QStringLiteral("INSERT INTO account_roles (account_id, role_id, assigned_at) VALUES (?, ?, ?)");

    QJsonObject named;
    const server::Status result = m_db.transaction<server::Done>([&]() -> server::Status {
        // As if every unit, role and handler had been added by a write of its
        // own, one after the other: each row gets the next change_seq (what
        // ChangeStorage::nextSeq() hands out), and the counter ends at the last one.
        // (One seq for everything would make every row part of the newest
        // change, which no server that has seen a single later write has.)
        const server::Result<qint64> seqResult = server::ChangeStorage(m_db).nextSeq();
        if (!seqResult.ok())
            return seqResult.error();
        qint64 seq = seqResult.value() - 1;
        const auto nextSeq = [&seq] { return ++seq; };

        for (int u = 0; u < int(shapes.size()); ++u) {
            const UnitShape &shape = shapes.at(size_t(u));
            const Region &region = Regions[u == 0 ? 5 : u % RegionCount];   // the big unit: 南京市
            const QString city = QString::fromUtf8(region.city);
            const QString kind = u == 0 ? QStringLiteral("distributor") : QLatin1String(Kinds[u % 3]);
            const QString uscc = Generator::uscc(kind, region.code, u);
            const QString unitName = u == 0 ? QStringLiteral("国药控股江苏医药集团有限公司")
                                            : gen.unitName(kind, city, u);
            const QString unitCode = (kind == QLatin1String("medical_institution") ? QStringLiteral("H")
                                      : kind == QLatin1String("manufacturer")      ? QStringLiteral("SC")
                                                                                   : QStringLiteral("PS"))
                + QLatin1String(region.code) + QStringLiteral("%1").arg(u, 6, 10, QLatin1Char('0'));
            const QString repName = gen.personName();
            const QString repId = gen.residentId(region.code);
            if (!valid(validate::uscc(uscc), QStringLiteral("USCC"), uscc)
                || !valid(validate::unitName(unitName), QStringLiteral("unit name"), unitName)
                || !valid(validate::unitCode(unitCode), QStringLiteral("unit code"), unitCode)
                || !valid(validate::residentId(repId), QStringLiteral("resident id"), repId)
                || !valid(validate::mainLogin(shape.login), QStringLiteral("login"), shape.login))
                return server::internalError();
            const qint64 unitCreated = gen.pastTime(now, 3 * 365);

            qint64 unitId = 0;
            qint64 credentialId = 0;
            qint64 mainId = 0;
            const QString mainPhone = Generator::phone(phoneCounter++);
            if (!exec(insertLegalPerson, {uscc, unitName, repName, repId})
                || !exec(insertInsuranceUnit, {unitCode, uscc, kind})
                || !insertId(insertUnit, {uscc, unitName, kind, unitCode, uscc.mid(2, 6), unitCreated, unitCreated},
                             &unitId)
                || !insertId(insertMainCredential, {passwordHash, unitCreated, unitCreated}, &credentialId)
                || !insertId(insertAccount,
                             {unitId, QStringLiteral("unit"), shape.login, unitName, server::Directory::nameKey(unitName),
                              mainPhone, credentialId, QStringLiteral("active"), unitCreated, unitCreated,
                              gen.pastTime(now, 30), nextSeq()},
                             &mainId))
                return server::internalError();
            ++s.units;
            ++s.accounts;

            std::vector<qint64> roleIds;
            roleIds.reserve(size_t(shape.roles));
            for (int r = 0; r < shape.roles; ++r) {
                const QString name = gen.roleName(r);
                const QString remark = gen.remark();
                const QStringList permissions = gen.permissions(leaves);
                if (!valid(validate::roleName(name), QStringLiteral("role name"), name))
                    return server::internalError();
                const qint64 created = unitCreated + qint64(gen.unit() * double(now - unitCreated));
                qint64 roleId = 0;
                if (!insertId(insertRole,
                              {unitId, name, server::Directory::nameKey(name), remark, mainId, mainId, unitName,
                               created, created, nextSeq()},
                              &roleId))
                    return server::internalError();
                for (const QString &code : permissions) {
                    if (!exec(insertPermission, {roleId, code}))
                        return server::internalError();
                }
                s.rolePermissions += permissions.size();
                roleIds.push_back(roleId);
            }
            s.roles += shape.roles;

            for (int h = 0; h < shape.handlers; ++h) {
                const QString phone = Generator::phone(phoneCounter++);
                const QString name = gen.personName();
                if (!valid(validate::phone(phone), QStringLiteral("phone"), phone)
                    || !valid(validate::personName(name), QStringLiteral("name"), name))
                    return server::internalError();
                const qint64 created = unitCreated + qint64(gen.unit() * double(now - unitCreated));
                const QVariant lastLogin = gen.chance(0.8)
                    ? QVariant(created + qint64(gen.unit() * double(now - created)))
                    : Database::nullInt();
                const QString status = gen.chance(0.03) ? QStringLiteral("disabled") : QStringLiteral("active");
                qint64 handlerCredential = 0;
                qint64 accountId = 0;
                if (!insertId(insertCredential, {phone, passwordHash, created, created}, &handlerCredential)
                    || !insertId(insertAccount,
                                 {unitId, QStringLiteral("handler"), phone, name, server::Directory::nameKey(name),
                                  phone, handlerCredential, status, created, created, lastLogin, nextSeq()},
                                 &accountId))
                    return server::internalError();
                ++s.accounts;
                if (roleIds.empty())
                    continue;
                // 0..3 roles, popular roles more often (a few roles hold thousands of accounts).
                const int count = gen.chance(0.1) ? 0 : gen.uniform(1, 3);
                std::vector<qint64> held;
                for (int k = 0; k < count; ++k) {
                    const qint64 roleId = roleIds.at(size_t(gen.skewed(int(roleIds.size()), 2.0)));
                    if (std::find(held.begin(), held.end(), roleId) != held.end())
                        continue;
                    held.push_back(roleId);
                    if (!exec(insertAssignment, {accountId, roleId, created}))
                        return server::internalError();
                }
                s.assignments += qint64(held.size());
            }

            if (!shape.key.isEmpty()) {
                named.insert(shape.key, QJsonObject{{QStringLiteral("login"), shape.login},
                                                    {QStringLiteral("uscc"), uscc},
                                                    {QStringLiteral("name"), unitName},
                                                    {QStringLiteral("unit_id"), unitId},
                                                    {QStringLiteral("handlers"), shape.handlers},
                                                    {QStringLiteral("roles"), shape.roles}});
            }
        }
        if (!exec(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'change_seq'"), {seq}))
            return server::internalError();
        return server::Done{};
    });
    if (!result.ok()) {
        *error = why.isEmpty() ? QStringLiteral("database error (see the log)") : why;
        return false;
    }
    s.manifest = QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("options"), o.toJson()},
        {QStringLiteral("password"), o.password},
        {QStringLiteral("units"), named},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("units"), s.units},
                                               {QStringLiteral("accounts"), s.accounts},
                                               {QStringLiteral("roles"), s.roles},
                                               {QStringLiteral("assignments"), s.assignments},
                                               {QStringLiteral("role_permissions"), s.rolePermissions}}},
    };
    *summary = s;
    return true;
}

} // namespace zc::bench
