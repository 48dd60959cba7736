#include "server/storage/Migrations.h"

#include "server/storage/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace zc::server {

namespace {

struct Migration
{
    int version;
    const char *description;
    std::vector<const char *> statements;
    // Where the engines cannot share one statement (SQLite cannot alter a
    // CHECK constraint; PostgreSQL need not rebuild a table): run after
    // `statements`, on that engine only.
    std::vector<const char *> sqliteOnly = {};
    std::vector<const char *> postgresqlOnly = {};
};

// Never edit a migration once released: add a new one.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, "accounts, sessions, registries, roles, audit, SMS",
         {
             // A counter per name; change_seq orders the change feed (GET /changes).
             "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
             "INSERT INTO counters (name, value) VALUES ('change_seq', 0)",

             // Registries (reference data, loaded by --seed).
             "CREATE TABLE legal_persons ("
             " id {{id}},"
             " uscc TEXT NOT NULL UNIQUE,"
             " name TEXT NOT NULL,"
             " legal_rep_name TEXT NOT NULL,"
             " legal_rep_id_number TEXT NOT NULL)",
             "CREATE TABLE insurance_units ("
             " id {{id}},"
             " unit_code TEXT NOT NULL UNIQUE,"
             " uscc TEXT NOT NULL,"
             " kind TEXT NOT NULL CHECK (kind IN ('medical_institution', 'manufacturer', 'distributor')))",
             "CREATE INDEX insurance_units_uscc ON insurance_units (uscc)",
             "CREATE TABLE institutions ("
             " id {{id}},"
             " code TEXT NOT NULL UNIQUE,"
             " name TEXT NOT NULL,"
             " uscc TEXT NOT NULL,"
             " level TEXT NOT NULL,"
             " address TEXT NOT NULL)",
             "CREATE INDEX institutions_uscc ON institutions (uscc, id)",

             // Units and their accounts.
             "CREATE TABLE units ("
             " id {{id}},"
             " uscc TEXT NOT NULL UNIQUE,"
             " name TEXT NOT NULL,"
             " kind TEXT NULL CHECK (kind IS NULL OR kind IN ('medical_institution', 'manufacturer', 'distributor')),"
             " unit_code TEXT NULL UNIQUE,"
             " verified SMALLINT NOT NULL DEFAULT 0,"
             " region TEXT NOT NULL,"
             " registration_method TEXT NULL,"
             " created_at BIGINT NOT NULL,"
             " updated_at BIGINT NOT NULL)",
             // One password per handler phone (phone set); a main account has its own (phone NULL).
             "CREATE TABLE credentials ("
             " id {{id}},"
             " phone TEXT NULL UNIQUE,"
             " password_hash TEXT NOT NULL,"
             " password_change_required SMALLINT NOT NULL DEFAULT 0,"
             " created_at BIGINT NOT NULL,"
             " updated_at BIGINT NOT NULL)",
             // kind 'unit' = the unit's main account (login = its login name, lower case);
             // kind 'handler' = a phone's membership in a unit (login = the phone).
             // The institution choice is made race-safe by a conditional
             // UPDATE ... WHERE institution_id IS NULL (one row wins).
             "CREATE TABLE accounts ("
             " id {{id}},"
             " unit_id BIGINT NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
             " kind TEXT NOT NULL CHECK (kind IN ('unit', 'handler')),"
             " login TEXT NOT NULL,"
             " name TEXT NOT NULL,"
             " phone TEXT NOT NULL,"
             " credential_id BIGINT NOT NULL REFERENCES credentials (id),"
             " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),"
             " institution_id BIGINT NULL REFERENCES institutions (id),"
             " created_at BIGINT NOT NULL,"
             " updated_at BIGINT NOT NULL,"
             " last_login_at BIGINT NULL,"
             " version BIGINT NOT NULL DEFAULT 1,"
             " change_seq BIGINT NOT NULL DEFAULT 0,"
             " UNIQUE (unit_id, kind, login))",
             "CREATE UNIQUE INDEX accounts_main_login ON accounts (login) WHERE kind = 'unit'",
             "CREATE UNIQUE INDEX accounts_one_main ON accounts (unit_id) WHERE kind = 'unit'",
             "CREATE INDEX accounts_credential ON accounts (credential_id)",
             "CREATE INDEX accounts_unit_kind_id ON accounts (unit_id, kind, id)",
             "CREATE INDEX accounts_unit_change ON accounts (unit_id, change_seq)",
             "CREATE INDEX accounts_phone ON accounts (phone)",

             // Roles of a unit; permissions are stored as expanded leaf codes.
             "CREATE TABLE roles ("
             " id {{id}},"
             " unit_id BIGINT NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
             " name TEXT NOT NULL,"
             " remark TEXT NOT NULL DEFAULT '',"
             " created_by BIGINT NULL REFERENCES accounts (id) ON DELETE SET NULL,"
             " created_by_name TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " updated_at BIGINT NOT NULL,"
             " version BIGINT NOT NULL DEFAULT 1,"
             " change_seq BIGINT NOT NULL DEFAULT 0,"
             " UNIQUE (unit_id, name))",
             "CREATE INDEX roles_unit_id ON roles (unit_id, id)",
             "CREATE INDEX roles_unit_change ON roles (unit_id, change_seq)",
             "CREATE TABLE role_permissions ("
             " role_id BIGINT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,"
             " code TEXT NOT NULL,"
             " PRIMARY KEY (role_id, code))",
             "CREATE TABLE account_roles ("
             " account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
             " role_id BIGINT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,"
             " assigned_at BIGINT NOT NULL,"
             " PRIMARY KEY (account_id, role_id))",
             "CREATE INDEX account_roles_role ON account_roles (role_id, account_id)",
             // Deletions for the change feed.
             "CREATE TABLE tombstones ("
             " id {{id}},"
             " unit_id BIGINT NOT NULL,"
             " target_type TEXT NOT NULL CHECK (target_type IN ('role', 'account')),"
             " target_id BIGINT NOT NULL,"
             " change_seq BIGINT NOT NULL,"
             " at BIGINT NOT NULL)",
             "CREATE INDEX tombstones_unit_change ON tombstones (unit_id, change_seq)",

             // Sessions: only the SHA-256 of the token is stored. account_id is
             // NULL until a phone that is a handler of several units picks one.
             "CREATE TABLE sessions ("
             " id {{id}},"
             " token_hash TEXT NOT NULL UNIQUE,"
             " credential_id BIGINT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,"
             " account_id BIGINT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
             " login_key TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " last_seen_at BIGINT NOT NULL,"
             " idle_expires_at BIGINT NOT NULL,"
             " expires_at BIGINT NOT NULL)",
             "CREATE INDEX sessions_credential ON sessions (credential_id)",
             "CREATE INDEX sessions_account ON sessions (account_id)",
             "CREATE INDEX sessions_idle_expiry ON sessions (idle_expires_at)",

             // Captchas: only a hash of the answer; one use.
             "CREATE TABLE captchas ("
             " id TEXT PRIMARY KEY,"
             " answer_hash TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " expires_at BIGINT NOT NULL,"
             " used SMALLINT NOT NULL DEFAULT 0)",
             "CREATE INDEX captchas_expiry ON captchas (expires_at)",
             // Written only in --dev mode, for GET /dev/captchas/{id}.
             "CREATE TABLE dev_captcha_answers ("
             " captcha_id TEXT PRIMARY KEY REFERENCES captchas (id) ON DELETE CASCADE,"
             " answer TEXT NOT NULL)",

             // Login throttling per login string (known or not).
             "CREATE TABLE login_failures ("
             " id {{id}},"
             " login_key TEXT NOT NULL,"
             " at BIGINT NOT NULL)",
             "CREATE INDEX login_failures_key_at ON login_failures (login_key, at)",
             "CREATE INDEX login_failures_at ON login_failures (at)",
             "CREATE TABLE lockouts ("
             " login_key TEXT PRIMARY KEY,"
             " locked_until BIGINT NOT NULL)",

             // SMS: what was sent (no codes or passwords here), and the codes (hashed).
             "CREATE TABLE sms_messages ("
             " id {{id}},"
             " at BIGINT NOT NULL,"
             " phone TEXT NOT NULL,"
             " kind TEXT NOT NULL,"
             " sender TEXT NOT NULL)",
             "CREATE INDEX sms_messages_phone_at ON sms_messages (phone, at)",
             "CREATE TABLE sms_codes ("
             " id {{id}},"
             " phone TEXT NOT NULL,"
             " purpose TEXT NOT NULL CHECK (purpose IN ('register', 'add_handler', 'reset_password')),"
             " code_hash TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " expires_at BIGINT NOT NULL,"
             " tries_left INTEGER NOT NULL DEFAULT 5,"
             " used_at BIGINT NULL)",
             "CREATE INDEX sms_codes_phone_purpose ON sms_codes (phone, purpose, created_at)",
             "CREATE INDEX sms_codes_phone_created ON sms_codes (phone, created_at)",

             // Audit trail of a unit.
             "CREATE TABLE audit_events ("
             " id {{id}},"
             " unit_id BIGINT NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
             " at BIGINT NOT NULL,"
             " actor_id BIGINT NULL,"
             " actor_name TEXT NOT NULL,"
             " action TEXT NOT NULL,"
             " target_type TEXT NOT NULL CHECK (target_type IN ('role', 'account', 'unit')),"
             " target_id BIGINT NOT NULL,"
             " summary TEXT NOT NULL)",
             "CREATE INDEX audit_unit_at ON audit_events (unit_id, at, id)",
             "CREATE INDEX audit_unit_action_at ON audit_events (unit_id, action, at)",
             "CREATE INDEX audit_unit_actor_at ON audit_events (unit_id, actor_id, at)",
         }},
        {2, "SMS webhook delivery queue",
         {
             // Messages waiting for the webhook (--sms-webhook): the row holds
             // the message (code or password included) until it is delivered or
             // dropped, then it is deleted. lease_until: claimed by a process.
             "CREATE TABLE sms_webhook_queue ("
             " id {{id}},"
             " created_at BIGINT NOT NULL,"
             " phone TEXT NOT NULL,"
             " kind TEXT NOT NULL,"
             " payload TEXT NOT NULL,"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " next_attempt_at BIGINT NOT NULL,"
             " lease_until BIGINT NULL,"
             " last_error TEXT NULL)",
             "CREATE INDEX sms_webhook_queue_due ON sms_webhook_queue (next_attempt_at, id)",
         }},
        {3, "case-insensitive role names, name keys, creator ids, list and feed indexes",
         {
             // Role names are unique per unit compared lower-cased: name_key is
             // the trimmed name lower-cased by the server (the same on both engines),
             // and the unique index decides, whatever the number of processes.
             "ALTER TABLE roles ADD COLUMN name_key TEXT NULL",
             "UPDATE roles SET name_key = lower(name)",
             "CREATE UNIQUE INDEX roles_unit_name_key ON roles (unit_id, name_key)",
             // created_by (the FK) is set NULL when the creator is deleted; the
             // Role's created_by.id stays what it was.
             "ALTER TABLE roles ADD COLUMN created_by_id BIGINT NOT NULL DEFAULT 0",
             "UPDATE roles SET created_by_id = COALESCE(created_by, 0)",
             // Lower-cased name for the case-insensitive name / q filters.
             "ALTER TABLE accounts ADD COLUMN name_key TEXT NULL",
             "UPDATE accounts SET name_key = lower(name)",
             "CREATE INDEX accounts_login ON accounts (login)",
             // The change feed pages by (change_seq, id) within a unit.
             "CREATE INDEX roles_unit_change_id ON roles (unit_id, change_seq, id)",
             "CREATE INDEX accounts_unit_change_id ON accounts (unit_id, change_seq, id)",
             "CREATE INDEX tombstones_unit_change_id ON tombstones (unit_id, change_seq, id)",
             "DROP INDEX roles_unit_change",
             "DROP INDEX accounts_unit_change",
             "DROP INDEX tombstones_unit_change",
             "CREATE INDEX audit_unit_target_at ON audit_events (unit_id, target_type, at, id)",
         }},
        {4, "API tokens (接口管理), the audit actor type",
         {
             // Only the SHA-256 of the secret is stored. A deleted token stays,
             // revoked, so that the list keeps its history; names are unique per
             // unit among live tokens, compared lower-cased (name_key).
             "CREATE TABLE api_tokens ("
             " id {{id}},"
             " unit_id BIGINT NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
             " name TEXT NOT NULL,"
             " name_key TEXT NOT NULL,"
             " token_hash TEXT NOT NULL UNIQUE,"
             " created_by_id BIGINT NOT NULL,"
             " created_by_name TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " expires_at BIGINT NOT NULL,"
             " last_used_at BIGINT NULL,"
             " revoked SMALLINT NOT NULL DEFAULT 0,"
             " revoked_at BIGINT NULL)",
             "CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (unit_id, name_key) WHERE revoked = 0",
             "CREATE INDEX api_tokens_unit_id ON api_tokens (unit_id, id)",
             "CREATE TABLE api_token_permissions ("
             " token_id BIGINT NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,"
             " code TEXT NOT NULL,"
             " PRIMARY KEY (token_id, code))",
         },
         // The audit trail names token actors (actor_type) and token targets.
         // SQLite: the table is made again with its rows, ids and indexes.
         {
             "CREATE TABLE audit_events_v4 ("
             " id {{id}},"
             " unit_id BIGINT NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
             " at BIGINT NOT NULL,"
             " actor_id BIGINT NULL,"
             " actor_name TEXT NOT NULL,"
             " actor_type TEXT NOT NULL DEFAULT 'account' CHECK (actor_type IN ('account', 'api_token')),"
             " action TEXT NOT NULL,"
             " target_type TEXT NOT NULL CHECK (target_type IN ('role', 'account', 'unit', 'api_token')),"
             " target_id BIGINT NOT NULL,"
             " summary TEXT NOT NULL)",
             "INSERT INTO audit_events_v4 (id, unit_id, at, actor_id, actor_name, actor_type, action, target_type,"
             " target_id, summary) SELECT id, unit_id, at, actor_id, actor_name, 'account', action, target_type,"
             " target_id, summary FROM audit_events",
             "DROP TABLE audit_events",
             "ALTER TABLE audit_events_v4 RENAME TO audit_events",
             "CREATE INDEX audit_unit_at ON audit_events (unit_id, at, id)",
             "CREATE INDEX audit_unit_action_at ON audit_events (unit_id, action, at)",
             "CREATE INDEX audit_unit_actor_at ON audit_events (unit_id, actor_id, at)",
             "CREATE INDEX audit_unit_target_at ON audit_events (unit_id, target_type, at, id)",
         },
         // PostgreSQL: a column, and the CHECK constraint (named by PostgreSQL's rule) replaced.
         {
             "ALTER TABLE audit_events ADD COLUMN actor_type TEXT NOT NULL DEFAULT 'account'"
             " CHECK (actor_type IN ('account', 'api_token'))",
             "ALTER TABLE audit_events DROP CONSTRAINT audit_events_target_type_check",
             "ALTER TABLE audit_events ADD CONSTRAINT audit_events_target_type_check"
             " CHECK (target_type IN ('role', 'account', 'unit', 'api_token'))",
         }},
        {5, "audit event details",
         {
             // An AuditEvent's details for programs (docs/api.md "Event
             // details"): compact JSON text; NULL for events written before
             // and for actions that have none.
             "ALTER TABLE audit_events ADD COLUMN details TEXT NULL",
         }},
    };
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

bool Migrations::run(Database &db, QString *error)
{
    return runUpTo(db, latestVersion(), error);
}

bool Migrations::runUpTo(Database &db, int version, QString *error)
{
    if (!db.execDdl(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   " version INTEGER PRIMARY KEY,"
                                   " description TEXT NOT NULL,"
                                   " applied_at BIGINT NOT NULL)"),
                    error)) {
        *error = QStringLiteral("cannot create schema_version: %1").arg(*error);
        return false;
    }
    const auto current = db.run(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!current) {
        *error = QStringLiteral("cannot read schema_version");
        return false;
    }
    const int have = current->scalar().isNull() ? 0 : current->scalar().toInt();
    if (have > latestVersion()) {
        *error = QStringLiteral("the database has schema version %1, newer than this server knows (%2)")
                     .arg(have).arg(latestVersion());
        return false;
    }

    const bool postgresql = db.engine().name() == QLatin1String("postgresql");
    for (const Migration &m : migrations()) {
        if (m.version > version)
            break;
        QString why;
        const Status applied = db.transaction<Done>([&]() -> Status {
            // Another process may have applied it meanwhile: check under the write lock.
            const auto seen = db.run(QStringLiteral("SELECT version FROM schema_version WHERE version = ?"),
                                     {m.version});
            if (!seen)
                return internalError();
            if (!seen->isEmpty())
                return Done{};
            std::vector<const char *> statements = m.statements;
            const std::vector<const char *> &own = postgresql ? m.postgresqlOnly : m.sqliteOnly;
            statements.insert(statements.end(), own.begin(), own.end());
            for (const char *statement : statements) {
                if (!db.execDdl(QString::fromUtf8(statement), &why)) {
                    why = QStringLiteral("%1 (in: %2)").arg(why, QString::fromUtf8(statement));
                    return internalError();
                }
            }
            if (!db.run(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
                        {m.version, QString::fromUtf8(m.description), QDateTime::currentMSecsSinceEpoch()})) {
                return internalError();
            }
            qCInfo(lcDb) << "applied schema migration" << m.version << "-" << m.description;
            return Done{};
        });
        if (!applied.ok()) {
            *error = QStringLiteral("schema migration %1 failed: %2").arg(m.version).arg(why);
            return false;
        }
    }
    return true;
}

} // namespace zc::server
